import { useTranslation } from 'react-i18next'
import type { ForumDay } from '@shared/domain'
import { formatDayDateId } from '@shared/format/dates'
import { Field } from '../../ui/form'

/** Picks one day of a multi-day forum; a one-day forum shows its date only. */
export function DaySelect(props: {
  days: ForumDay[]
  value: string
  onChange: (dayId: string) => void
  label: string
  testId: string
}) {
  const { t } = useTranslation('participants')
  if (props.days.length === 1) {
    return <p className="eyebrow">{formatDayDateId(props.days[0]!.date)}</p>
  }
  return (
    <Field label={props.label} className="participants-day">
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        >
          {props.days.map((day, index) => (
            <option key={day.id} value={day.id}>
              {t('recap.dayOption', { n: index + 1, date: formatDayDateId(day.date) })}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
