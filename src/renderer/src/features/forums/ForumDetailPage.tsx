import { useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Official } from '@shared/domain'
import { formatDayDateId, formatTimeRangeId } from '@shared/format/dates'
import { formatNip } from '@shared/format/nip'
import { useCurrentForum } from './current-forum'
import { ForumHeaderActions } from './forum-header'
import { useOrganisationProfile } from './hooks'
import { organisationTimeZone } from '@shared/rules/time-zone'
import { SaveTemplatePanel } from './SaveTemplatePanel'
import { CoachingPanel } from './CoachingPanel'

export function ForumDetailPage() {
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const forum = useCurrentForum()
  const profile = useOrganisationProfile()
  const timeZone = organisationTimeZone(profile)
  const [savingTemplate, setSavingTemplate] = useState(false)

  return (
    <section className="page" data-testid="forum-detail">
      <ForumHeaderActions>
        <Link className="button" to={`/forums/${forum.id}/edit`}>
          {tc('actions.edit')}
        </Link>
        <button
          type="button"
          aria-expanded={savingTemplate}
          onClick={() => setSavingTemplate(!savingTemplate)}
        >
          {t('templates.save')}
        </button>
      </ForumHeaderActions>
      {savingTemplate && <SaveTemplatePanel forumId={forum.id} defaultName={forum.title} />}
      <dl className="facts">
        <dt>{t('detail.status')}</dt>
        <dd>{tc(`enums.forumStatus.${forum.status}`)}</dd>
        <dt>{t('form.topic')}</dt>
        <dd>{forum.topic || '—'}</dd>
        <dt>{t('form.organiser')}</dt>
        <dd>{forum.organiser}</dd>
        <ListFact
          label={t('form.coOrganisers')}
          items={forum.coOrganisers}
          testId="forum-co-organisers"
        />
        <ListFact label={t('form.partners')} items={forum.partners} testId="forum-partners" />
      </dl>
      <h2>{t('detail.schedule')}</h2>
      <ol className="schedule" data-testid="forum-days">
        {forum.days.map((day) => (
          <li key={day.id}>
            <strong>{formatDayDateId(day.date)}</strong>,{' '}
            {formatTimeRangeId(day.start, day.end, timeZone)} — {day.place}
          </li>
        ))}
      </ol>
      <h2>{t('detail.roles')}</h2>
      <dl className="facts">
        <OfficialFact label={t('form.pimpinan')} official={forum.pimpinan} />
        <OfficialFact label={t('form.moderator')} official={forum.moderator} />
        <OfficialFact label={t('form.notulis')} official={forum.notulis} />
        <ListFact
          label={t('form.narasumber')}
          items={forum.narasumber.map(
            (speaker) =>
              speaker.name +
              (speaker.position && `, ${speaker.position}`) +
              (speaker.institution && ` — ${speaker.institution}`),
          )}
        />
      </dl>
      {forum.kind === 'coaching_clinic' && <CoachingPanel forum={forum} />}
    </section>
  )
}

/** A term with one line per item; nothing when the list is empty. */
function ListFact({ label, items, testId }: { label: string; items: string[]; testId?: string }) {
  if (items.length === 0) return null
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <ul>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </dd>
    </>
  )
}

function OfficialFact({ label, official }: { label: string; official: Official }) {
  if (!official.name) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {official.prefix && `${official.prefix} `}
        {official.position}
        {official.position && ' — '}
        {official.name}
        {official.nip && ` (NIP ${formatNip(official.nip)})`}
      </dd>
    </>
  )
}
