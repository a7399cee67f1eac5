import { useTranslation } from 'react-i18next'
import type { AgendaItem, Issue } from '@shared/domain'
import { draftNotulen } from '@shared/live'
import { formatInstantId, formatTimeId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import type { ParticipantChoice } from './hooks'
import { useOrganisationTimeZone } from '../../ui/clock'
import { useAutosave } from '../../ui/useAutosave'
import { SaveStatus } from '../../ui/SaveStatus'

/** The notulen per agenda item: drafted from what was captured, then edited freely. */
export function NotulenPanel(props: {
  items: AgendaItem[]
  issues: Issue[]
  participants: ParticipantChoice[]
}) {
  const { t } = useTranslation('live')
  return (
    <section className="card" aria-labelledby="notulen-title" data-testid="notulen-panel">
      <h2 id="notulen-title">{t('notulen.title')}</h2>
      <p className="hint">{t('notulen.intro')}</p>
      {props.items.map((item) => (
        <NotulenItem key={item.id} {...props} item={item} />
      ))}
    </section>
  )
}

function NotulenItem({
  item,
  issues,
  participants,
}: {
  item: AgendaItem
  issues: Issue[]
  participants: ParticipantChoice[]
}) {
  const { t } = useTranslation('live')
  const { t: tc } = useTranslation()
  const { agenda } = useRepositories()
  const timeZone = useOrganisationTimeZone()
  const notes = useAutosave(`agenda:${item.id}:notes`, item.notes, (value) =>
    agenda.update(item.id, { notes: value }),
  )
  const own = issues.filter((i) => i.agendaItemId === item.id && i.mergedIntoId === null)
  const names = new Map(participants.map((p) => [p.id, p.name]))

  function prefill() {
    const draft = draftNotulen(
      {
        turns: item.speakerQueue ?? [],
        issues: own,
        raiserNames: own.map((i) =>
          i.raiserParticipantId ? (names.get(i.raiserParticipantId) ?? null) : null,
        ),
        now: new Date(),
      },
      {
        speakers: t('notulen.speakers'),
        discussion: t('notulen.discussion'),
        answer: t('notulen.answer'),
        anonymous: t('capture.anonymous'),
        unsur: (u) => tc(`enums.unsur.${u}`),
        type: (type) => tc(`enums.issueType.${type}`),
      },
    )
    notes.onChange(notes.value.trim() === '' ? draft : `${notes.value}\n\n${draft}`)
  }

  return (
    <div className="notulen-item" data-testid="notulen-item">
      <h3>
        {formatTimeId(item.plannedStart)} {item.title}
        {item.actualStart && (
          <span className="hint">
            {' '}
            ({t('notulen.actual')} {formatInstantId(item.actualStart, timeZone, 'time')}
            {item.actualEnd ? `–${formatInstantId(item.actualEnd, timeZone, 'time')}` : ''})
          </span>
        )}
      </h3>
      <textarea
        rows={6}
        aria-label={t('notulen.of', { title: item.title })}
        value={notes.value}
        onChange={(e) => notes.onChange(e.target.value)}
        onBlur={() => void notes.flush()}
        data-testid="notulen-text"
      />
      <SaveStatus fields={[notes]} />
      <button type="button" onClick={prefill} data-testid="notulen-prefill">
        {t('notulen.prefill')}
      </button>
    </div>
  )
}
