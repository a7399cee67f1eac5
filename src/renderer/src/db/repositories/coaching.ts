import { coachingReviewSchema, type CoachingReview } from '@shared/coaching'
import { coachingSettingKey } from '@shared/settings'
import { nowIso, type RepoContext } from '../context'
import { validate } from '../validation'
import { createSettingsRepository } from './settings'

export type CoachingReviewFields = Omit<
  CoachingReview,
  'id' | 'forumId' | 'createdAt' | 'updatedAt'
>

/** A coaching clinic's reviews of its innovators' proposals, kept under one setting per forum. */
export function createCoachingRepository(ctx: RepoContext) {
  const { db } = ctx
  const settings = createSettingsRepository(ctx)

  return {
    list(forumId: string): Promise<CoachingReview[]> {
      return settings.get(coachingSettingKey(forumId))
    },

    /** A new review, or the stored one of `id` changed; nothing is written when a field is wrong. */
    async save(
      forumId: string,
      fields: CoachingReviewFields,
      id?: string,
    ): Promise<CoachingReview> {
      const key = coachingSettingKey(forumId)
      return db.transaction('rw', db.settings, async () => {
        const reviews = await settings.get(key)
        const current = reviews.find((r) => r.id === id)
        const at = nowIso(ctx)
        const review = validate(coachingReviewSchema, 'coachingReview', {
          ...fields,
          id: current?.id ?? ctx.newId(),
          forumId,
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
        })
        await settings.set(
          key,
          current ? reviews.map((r) => (r.id === review.id ? review : r)) : [...reviews, review],
        )
        return review
      })
    },

    async remove(forumId: string, id: string): Promise<void> {
      const key = coachingSettingKey(forumId)
      await db.transaction('rw', db.settings, async () => {
        await settings.set(
          key,
          (await settings.get(key)).filter((r) => r.id !== id),
        )
      })
    },
  }
}
