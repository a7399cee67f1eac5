import type { AuditEntry } from '@shared/domain'

/**
 * The log's "Rincian" column as a sentence: the repositories write short codes ("app_lock_on",
 * "revision:3", the changed field names) so that the log reads in the user's language, whichever
 * language was in use when the entry was written.
 */
export type AuditSummaryText =
  { key: string; values: Record<string, string | number> } | { text: string }

/** Field names written by the trail for an update, as they are labelled in the log. */
const FIELD_LIST = /^[a-zA-Z]+(, [a-zA-Z]+)*$/

export function describeAuditSummary(
  entry: Pick<AuditEntry, 'entityId' | 'action' | 'summary'>,
  fieldLabel: (field: string) => string,
): AuditSummaryText {
  const { summary, action } = entry
  if (summary === 'app_lock_on') return { key: 'audit.summaries.appLockOn', values: {} }
  if (summary === 'app_lock_off') return { key: 'audit.summaries.appLockOff', values: {} }
  const coded = /^(signed_on_paper|revision|generated):(\d+)$/.exec(summary)
  if (coded) {
    const count = Number(coded[2])
    if (coded[1] === 'signed_on_paper') {
      return { key: 'audit.summaries.signedOnPaper', values: { count } }
    }
    if (coded[1] === 'generated') return { key: 'audit.summaries.generated', values: { count } }
    const key = action === 'finalise' ? 'revisionLocked' : 'revisionOpened'
    return { key: `audit.summaries.${key}`, values: { revision: count } }
  }
  if (entry.entityId === '*' && action === 'import' && /^\d+$/.test(summary)) {
    return { key: 'audit.bulk', values: { count: Number(summary) } }
  }
  if ((action === 'update' || action === 'erase') && FIELD_LIST.test(summary)) {
    const fields = summary.split(', ').map(fieldLabel).join(', ')
    return { key: 'audit.summaries.fields', values: { fields } }
  }
  return { text: summary }
}
