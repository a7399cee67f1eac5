import type { RepoContext } from '../context'
import { createAppLockRepository } from '../app-lock'
import { createAuditRepository } from './audit'
import { createBackupRepository } from '../backup'
import { createExchangeRepository } from '../exchange'
import { createPersonalDataRepository } from '../personal-data'
import { createActionItemsRepository } from './action-items'
import { createAttendanceRepository } from './attendance'
import { createCoachingRepository } from './coaching'
import { createAgendaRepository } from './agenda'
import { createAgreementsRepository } from './agreements'
import { createAttachmentsRepository } from './attachments'
import { createDatasetsRepository } from './datasets'
import { createDocumentsRepository } from './documents'
import { createForumsRepository } from './forums'
import { createIssuesRepository } from './issues'
import { createLiveActionItemsRepository } from './live-action-items'
import { createOrganisationRepository } from './organisation'
import { createOverviewRepository } from './overview'
import { createParticipantsRepository } from './participants'
import { createPeopleRepository } from './people'
import { createPhotosRepository } from './photos'
import { createProgressRepository } from './progress'
import { createSettingsRepository } from './settings'
import { createSignatoriesRepository } from './signatories'
import { createTemplatesRepository } from './templates'

/** One object per capability; features reach the database only through these. */
export function createRepositories(options: Omit<RepoContext, 'clock'>) {
  const ctx: RepoContext = { ...options, clock: options.db.clock }
  return {
    appLock: createAppLockRepository(ctx),
    audit: createAuditRepository(ctx),
    backup: createBackupRepository(ctx),
    exchange: createExchangeRepository(ctx),
    personalData: createPersonalDataRepository(ctx),
    organisation: createOrganisationRepository(ctx),
    forums: createForumsRepository(ctx),
    settings: createSettingsRepository(ctx),
    datasets: createDatasetsRepository(ctx),
    actionItems: createActionItemsRepository(ctx),
    agenda: createAgendaRepository(ctx),
    issues: createIssuesRepository(ctx),
    agreements: createAgreementsRepository(ctx),
    liveActionItems: createLiveActionItemsRepository(ctx),
    progress: createProgressRepository(ctx),
    attachments: createAttachmentsRepository(ctx),
    people: createPeopleRepository(ctx),
    participants: createParticipantsRepository(ctx),
    attendance: createAttendanceRepository(ctx),
    documents: createDocumentsRepository(ctx),
    signatories: createSignatoriesRepository(ctx),
    photos: createPhotosRepository(ctx),
    overview: createOverviewRepository(ctx),
    templates: createTemplatesRepository(ctx),
    coaching: createCoachingRepository(ctx),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
