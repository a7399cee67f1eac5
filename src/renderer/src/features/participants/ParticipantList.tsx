import { useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { Attendance } from '@shared/domain'
import type { ParticipantEntry } from './hooks'

// The height of a one-line row; a row with a long name grows and is measured.
const ROW_HEIGHT = 56

interface ParticipantListProps {
  entries: ParticipantEntry[]
  attendance: Map<string, Attendance>
  showContacts: boolean
  onRemove: (entry: ParticipantEntry) => void
}

/** The invitation list, windowed so a list of thousands scrolls smoothly. */
export function ParticipantList({
  entries,
  attendance,
  showContacts,
  onRemove,
}: ParticipantListProps) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  return (
    <div
      className="virtual-list participants-list"
      ref={scroller}
      data-testid="participant-list"
      role="list"
      aria-label={t('title')}
      // Scrolls by keyboard too (arrow keys, Page Down) once focused.
      tabIndex={0}
    >
      <div className="virtual-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]!
          const { person, participant } = entry
          const present = attendance.get(participant.id)
          return (
            <div
              key={participant.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              className="participants-row"
              data-testid="participant-row"
              data-name={person.name}
              style={{ transform: `translateY(${item.start}px)`, minHeight: ROW_HEIGHT }}
            >
              <span className="participants-row__no">{item.index + 1}</span>
              <span className="participants-row__name">
                <strong>{person.name}</strong>
                <small>{[person.position, person.institution].filter(Boolean).join(', ')}</small>
              </span>
              <span>{person.gender}</span>
              <span>{tc(`enums.unsur.${participant.unsur}`)}</span>
              <span className="participants-row__contact" data-testid="participant-contact">
                {showContacts
                  ? [person.phone, person.email].filter(Boolean).join(' · ') || '—'
                  : person.phone || person.email
                    ? `•••• (${t('contactHidden')})`
                    : '—'}
              </span>
              <span>{present ? '✓' : ''}</span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onRemove(entry)}
                disabled={Boolean(present)}
                aria-label={`${t('actions.remove')}: ${person.name}`}
              >
                ×
              </button>
            </div>
          )
        })}
      </div>
    </div>
  )
}
