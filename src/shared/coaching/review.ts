import { z } from 'zod'
import { idSchema, optionalText, requiredText, timestampsShape } from '../domain/common'

/** The four criteria of the Kompetisi Inovasi Pelayanan Publik panel, in the panel's order. */
export const COACHING_CRITERIA = [
  'pendekatan_baru',
  'produktivitas',
  'manfaat',
  'berkelanjutan',
] as const
export type CoachingCriterion = (typeof COACHING_CRITERIA)[number]

export const innovationCategorySchema = z.enum([
  'tata_kelola',
  'tik',
  'kesejahteraan_sosial',
  'pelayanan_langsung',
])
export type InnovationCategory = z.infer<typeof innovationCategorySchema>

const criterionReviewSchema = z.object({
  note: optionalText(3000),
  recommendation: optionalText(3000),
})
export type CriterionReview = z.infer<typeof criterionReviewSchema>

/** One innovator's proposal as the coach reviewed it: a note and a recommendation per criterion. */
export const coachingReviewSchema = z.object({
  id: idSchema,
  forumId: idSchema,
  /** The instansi inovator. */
  innovator: requiredText(200),
  innovationTitle: requiredText(300),
  category: innovationCategorySchema,
  /** Who presented the proposal for the innovator, as the sheet's signature names them. */
  presenter: optionalText(200),
  /** The coach (pendamping) who signs the sheet. */
  coach: optionalText(200),
  criteria: z.object({
    pendekatan_baru: criterionReviewSchema,
    produktivitas: criterionReviewSchema,
    manfaat: criterionReviewSchema,
    berkelanjutan: criterionReviewSchema,
  }),
  ...timestampsShape,
})
export type CoachingReview = z.infer<typeof coachingReviewSchema>
export type CoachingReviewInput = z.input<typeof coachingReviewSchema>

export function emptyCriteria(): CoachingReview['criteria'] {
  const empty = () => ({ note: '', recommendation: '' })
  return {
    pendekatan_baru: empty(),
    produktivitas: empty(),
    manfaat: empty(),
    berkelanjutan: empty(),
  }
}
