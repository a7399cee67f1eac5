import type { Forum } from '@shared/domain'
import { addDaysIso } from '@shared/format/dates'
import { isClosed } from '@shared/rules/action-status'
import type { ForumProgress } from '@shared/rules/next-step'
import type { RepoContext } from '../context'

/** A forum may run for up to 14 days; one that started further back than this is not "today". */
const LONGEST_FORUM_DAYS = 60
const OPEN_STATUSES = ['belum_dimulai', 'dalam_proses'] as const

export interface ForumsAround {
  /** Forums with a day today, earliest start first. */
  today: Forum[]
  /** Forums whose first day is after today and within the window, nearest first. */
  upcoming: Forum[]
}

export interface DueCounts {
  overdue: number
  within7: number
  within30: number
}

/**
 * The home page's figures, each read through an index with a bound: the page stays quick on a
 * database of thousands of forums and tens of thousands of action items.
 */
export function createOverviewRepository(ctx: RepoContext) {
  const { db } = ctx

  return {
    async forumsAround(today: string, days = 30, upcomingLimit = 5): Promise<ForumsAround> {
      const window = await db.forums
        .where('startDate')
        .between(addDaysIso(today, -LONGEST_FORUM_DAYS), addDaysIso(today, days), true, true)
        .filter((forum) => !forum.archived)
        .toArray()
      return {
        today: window.filter((forum) => forum.days.some((day) => day.date === today)),
        upcoming: window.filter((forum) => forum.startDate > today).slice(0, upcomingLimit),
      }
    },

    /**
     * Open items past their deadline and due within 7 and 30 days, as the dashboard counts them
     * (isOverdue / isDueWithin): an open item with a deadline; `unit` '' counts every unit.
     */
    async dueCounts(today: string, unit = ''): Promise<DueCounts> {
      const in7 = addDaysIso(today, 7)
      const in30 = addDaysIso(today, 30)
      if (unit) {
        const counts = { overdue: 0, within7: 0, within30: 0 }
        await db.actionItems
          .where('[responsibleUnit+deadline]')
          .between([unit, ''], [unit, in30], true, true)
          .each((item) => {
            if (isClosed(item) || item.deadline === null) return
            if (item.deadline < today) counts.overdue += 1
            else {
              counts.within30 += 1
              if (item.deadline <= in7) counts.within7 += 1
            }
          })
        return counts
      }
      // Deadlines are ISO dates, so '' sorts before every one; items without a deadline are not
      // in the index at all.
      const count = async (from: string, to: string, includeTo: boolean) => {
        const each = await Promise.all(
          OPEN_STATUSES.map((status) =>
            db.actionItems
              .where('[status+deadline]')
              .between([status, from], [status, to], true, includeTo)
              .count(),
          ),
        )
        return each[0]! + each[1]!
      }
      const [overdue, within7, within30] = await Promise.all([
        count('', today, false),
        count(today, in7, true),
        count(today, in30, true),
      ])
      return { overdue, within7, within30 }
    },

    /** The forum someone is most likely working on when no forum has a day today. */
    async latestOpenForum(): Promise<Forum | undefined> {
      return db.forums
        .orderBy('updatedAt')
        .reverse()
        .filter((forum) => !forum.archived && forum.status !== 'dilaporkan')
        .first()
    },

    /** Counts of the forum's records, for nextStep (src/shared/rules/next-step.ts). */
    async forumProgress(forum: Forum, today: string): Promise<ForumProgress> {
      const forumId = forum.id
      return db.transaction(
        'r',
        [
          db.participants,
          db.attendance,
          db.agendaItems,
          db.issues,
          db.agreements,
          db.actionItems,
          db.signatories,
          db.documents,
        ],
        async () => {
          const [participants, checkedIn, agendaItems, issues, agreements] = await Promise.all([
            db.participants.where('forumId').equals(forumId).count(),
            db.attendance.where('forumId').equals(forumId).count(),
            db.agendaItems.where('forumId').equals(forumId).count(),
            db.issues.where('forumId').equals(forumId).count(),
            db.agreements.where('forumId').equals(forumId).count(),
          ])
          const [actionItems, signatories, documents] = await Promise.all([
            db.actionItems.where('forumId').equals(forumId).toArray(),
            db.signatories.where('forumId').equals(forumId).toArray(),
            db.documents
              .where('[forumId+kind]')
              .anyOf([
                [forumId, 'berita_acara'],
                [forumId, 'nota_kesepakatan'],
              ])
              .toArray(),
          ])
          return {
            started: forum.startDate <= today,
            participants,
            checkedIn,
            agendaItems,
            issues,
            agreements,
            agreementsLocked: forum.agreementsFrozenAt !== null,
            actionItems: actionItems.length,
            actionItemsWithoutUnit: actionItems.filter((item) => item.responsibleUnit.trim() === '')
              .length,
            openActionItems: actionItems.filter((item) => !isClosed(item)).length,
            signatories: signatories.length,
            unsignedSignatories: signatories.filter((s) => s.signaturePng === null && !s.wet)
              .length,
            // A document finalised before the agreements changed no longer states them.
            finalisedAgreementDocuments: documents.filter(
              (document) => document.revision >= forum.agreementsRevision,
            ).length,
          }
        },
      )
    },
  }
}

export type OverviewRepository = ReturnType<typeof createOverviewRepository>
