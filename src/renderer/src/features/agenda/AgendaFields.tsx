import { useTranslation } from 'react-i18next'
import { AGENDA_ITEM_MAX_MIN, agendaKindSchema, type AgendaKind } from '@shared/domain'
import { EnumOptions } from '../../ui/EnumOptions'
import { Field } from '../../ui/form'

// The add form and every row of the agenda choose an item's kind and duration alike.

export function KindField(props: { value: AgendaKind; onChange: (kind: AgendaKind) => void }) {
  const { t } = useTranslation('agenda')
  return (
    <Field label={t('kind')}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value as AgendaKind)}
        >
          <EnumOptions values={agendaKindSchema.options} labels="enums.agendaKind" />
        </select>
      )}
    </Field>
  )
}

export function DurationField(props: {
  value: string
  onChange: (minutes: string) => void
  onBlur?: () => void
  invalid?: boolean
}) {
  const { t } = useTranslation('agenda')
  return (
    <Field label={t('duration')}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={1}
          max={AGENDA_ITEM_MAX_MIN}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={props.onBlur}
          aria-invalid={props.invalid || undefined}
        />
      )}
    </Field>
  )
}
