import type { RepoContext } from '../context'
import { createActionItemsRepository } from './action-items'
import { createDatasetsRepository } from './datasets'
import { createForumsRepository } from './forums'
import { createOrganisationRepository } from './organisation'
import { createSettingsRepository } from './settings'

/** One object per capability; features reach the database only through these. */
export function createRepositories(ctx: RepoContext) {
  return {
    organisation: createOrganisationRepository(ctx),
    forums: createForumsRepository(ctx),
    settings: createSettingsRepository(ctx),
    datasets: createDatasetsRepository(ctx),
    actionItems: createActionItemsRepository(ctx),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
