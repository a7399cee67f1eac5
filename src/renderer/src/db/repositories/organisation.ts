import {
  ORGANISATION_PROFILE_ID,
  organisationProfileSchema,
  type OrganisationProfile,
} from '@shared/domain'
import { nowIso, type RepoContext } from '../context'
import { putValid } from '../records'

export type OrganisationProfileInput = Omit<OrganisationProfile, 'id' | 'createdAt' | 'updatedAt'>

export function createOrganisationRepository(ctx: RepoContext) {
  const { db } = ctx
  return {
    async get(): Promise<OrganisationProfile | undefined> {
      return db.organisation.get(ORGANISATION_PROFILE_ID)
    },

    async save(input: OrganisationProfileInput): Promise<OrganisationProfile> {
      return db.transaction('rw', db.organisation, async () => {
        const current = await db.organisation.get(ORGANISATION_PROFILE_ID)
        const at = nowIso(ctx)
        const profile = await putValid(db.organisation, organisationProfileSchema, 'organisation', {
          ...input,
          id: ORGANISATION_PROFILE_ID,
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
        })
        return profile
      })
    },
  }
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>
