import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agreement, Issue } from '@shared/domain'
import { groupByTheme, sortByVotes } from '@shared/live'
import { useRepositories } from '../../db'
import type { ParticipantChoice } from './hooks'
import { IssueRow } from './IssueRow'
import { AgreementOptions } from './AgreementOptions'

type SortKey = 'seq' | 'votes'

/** The issues raised: vote, give a theme, merge duplicates, triage, turn into action items. */
export function IssueList({
  issues: stored,
  captured,
  participants,
  agreements,
}: {
  issues: Issue[]
  /** Issues committed by the capture field that the stored list may not include yet. */
  captured: Issue[]
  participants: ParticipantChoice[]
  agreements: Agreement[]
}) {
  const { t } = useTranslation('live')
  const repos = useRepositories()
  const [sort, setSort] = useState<SortKey>('seq')
  const [grouped, setGrouped] = useState(false)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [targetAgreement, setTargetAgreement] = useState('')
  const issues = useMemo(() => {
    const ids = new Set(stored.map((i) => i.id))
    const missing = captured.filter((i) => !ids.has(i.id))
    return missing.length > 0 ? [...stored, ...missing] : stored
  }, [stored, captured])
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants])
  const open = useMemo(() => issues.filter((i) => i.mergedIntoId === null), [issues])
  const mergedCount = useMemo(() => {
    const counts = new Map<string, number>()
    for (const i of issues) {
      if (i.mergedIntoId) counts.set(i.mergedIntoId, (counts.get(i.mergedIntoId) ?? 0) + 1)
    }
    return counts
  }, [issues])
  const themes = useMemo(
    () => [...new Set(open.map((i) => i.theme.trim()).filter((x) => x !== ''))].sort(),
    [open],
  )
  const groups = useMemo(() => {
    if (grouped) return groupByTheme(open)
    return [{ theme: '', votes: 0, issues: sort === 'votes' ? sortByVotes(open) : open }]
  }, [open, grouped, sort])

  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])

  async function merge() {
    await repos.issues.merge([...selected])
    setSelected(new Set())
  }

  const renderRow = (issue: Issue) => (
    <IssueRow
      key={issue.id}
      issue={issue}
      raiserName={issue.raiserParticipantId ? (names.get(issue.raiserParticipantId) ?? null) : null}
      selected={selected.has(issue.id)}
      merged={mergedCount.get(issue.id) ?? 0}
      onSelect={toggle}
      agreementId={targetAgreement || null}
    />
  )

  return (
    <section className="card" aria-labelledby="issues-title" data-testid="issue-list">
      <h2 id="issues-title">{t('issues.title', { count: open.length })}</h2>
      <div className="toolbar">
        <label className="toolbar__field">
          {t('issues.sort')}
          <select
            value={sort}
            onChange={(e) => setSort(e.target.value as SortKey)}
            disabled={grouped}
            data-testid="issues-sort"
          >
            <option value="seq">{t('issues.sortSeq')}</option>
            <option value="votes">{t('issues.sortVotes')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(e) => setGrouped(e.target.checked)}
            data-testid="issues-group"
          />
          {t('issues.group')}
        </label>
        <label className="toolbar__field">
          {t('issues.toAgreement')}
          <select
            value={targetAgreement}
            onChange={(e) => setTargetAgreement(e.target.value)}
            data-testid="issues-target-agreement"
          >
            <AgreementOptions agreements={agreements} />
          </select>
        </label>
        <button
          type="button"
          disabled={selected.size < 2}
          onClick={() => void merge()}
          data-testid="issues-merge"
        >
          {t('issues.merge', { count: selected.size })}
        </button>
      </div>
      <datalist id="issue-themes">
        {themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
      {open.length === 0 && <p className="hint">{t('issues.empty')}</p>}
      {groups.map((group) =>
        grouped ? (
          <section key={group.theme || '-'} className="theme-group" data-testid="theme-group">
            <h3>
              {group.theme || t('issues.noTheme')}{' '}
              <span className="badge">{t('issues.votes', { count: group.votes })}</span>
            </h3>
            <ol className="issue-list">{group.issues.map(renderRow)}</ol>
          </section>
        ) : (
          <ol key="all" className="issue-list" data-testid="issue-rows">
            {group.issues.map(renderRow)}
          </ol>
        ),
      )}
    </section>
  )
}
