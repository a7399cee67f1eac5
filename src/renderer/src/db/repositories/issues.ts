import { issueSchema, type Issue, type IssueType, type SkmUnsur, type Unsur } from '@shared/domain'
import { nextIssueSeq, planMerge } from '@shared/live'
import { nowIso, type RepoContext } from '../context'
import { validate, ValidationError } from '../validation'
import { putValid, requireRecord } from '../records'

export interface IssueCaptureInput {
  forumId: string
  dayId: string | null
  agendaItemId: string | null
  text: string
  type: IssueType
  skmUnsur: SkmUnsur | null
  raiserParticipantId: string | null
  raiserUnsur: Unsur | null
}

export type IssuePatch = Partial<
  Pick<
    Issue,
    | 'text'
    | 'type'
    | 'skmUnsur'
    | 'tag'
    | 'raiserParticipantId'
    | 'raiserUnsur'
    | 'answer'
    | 'triage'
    | 'unit'
    | 'forwardedTo'
    | 'laporTicket'
    | 'theme'
    | 'votes'
  >
>

export function createIssuesRepository(ctx: RepoContext) {
  const { db } = ctx

  function require(id: string): Promise<Issue> {
    return requireRecord(db.issues, id, 'issue')
  }

  async function put(current: Issue, patch: Partial<Issue>): Promise<Issue> {
    const issue = await putValid(db.issues, issueSchema, 'issue', {
      ...current,
      ...patch,
      updatedAt: nowIso(ctx),
    })
    return issue
  }

  return {
    /** In the order raised, through [forumId+seq]; merged duplicates included (they point on). */
    async listByForum(forumId: string): Promise<Issue[]> {
      return db.issues
        .where('[forumId+seq]')
        .between([forumId, -Infinity], [forumId, Infinity])
        .toArray()
    },

    async countByForum(forumId: string): Promise<number> {
      return db.issues.where('forumId').equals(forumId).count()
    },

    /**
     * Resolves only once the issue is committed (strict durability): the capture field clears and
     * the list shows it after that, so what the screen shows as saved survives a crash.
     */
    async capture(input: IssueCaptureInput): Promise<Issue> {
      return db.transaction('rw', db.issues, async () => {
        const last = await db.issues
          .where('[forumId+seq]')
          .between([input.forumId, -Infinity], [input.forumId, Infinity])
          .last()
        const at = nowIso(ctx)
        const issue = validate(issueSchema, 'issue', {
          ...input,
          id: ctx.newId(),
          seq: nextIssueSeq(last?.seq),
          tag: '',
          answer: '',
          triage: 'belum',
          unit: '',
          forwardedTo: '',
          laporTicket: '',
          theme: '',
          votes: 0,
          mergedIntoId: null,
          createdAt: at,
          updatedAt: at,
        })
        await db.issues.add(issue)
        return issue
      })
    },

    async update(id: string, patch: IssuePatch): Promise<Issue> {
      return db.transaction('rw', db.issues, async () => put(await require(id), patch))
    },

    async addVotes(id: string, delta: number): Promise<Issue> {
      return db.transaction('rw', db.issues, async () => {
        const current = await require(id)
        return put(current, { votes: Math.max(0, current.votes + delta) })
      })
    },

    /** Merges duplicates into the earliest one: its text stays, the votes are summed. */
    async merge(ids: readonly string[]): Promise<Issue> {
      return db.transaction('rw', db.issues, async () => {
        const issues = await Promise.all(ids.map(require))
        const plan = planMerge(issues)
        if (!plan) throw new ValidationError('issue', [{ path: 'mergedIntoId', code: 'too_small' }])
        for (const duplicate of plan.duplicates) await put(duplicate, {})
        return put(plan.target, {})
      })
    },

    async remove(id: string): Promise<void> {
      await db.issues.delete(id)
    },
  }
}

export type IssuesRepository = ReturnType<typeof createIssuesRepository>
