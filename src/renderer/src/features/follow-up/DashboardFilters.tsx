import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DERIVED_STATUSES,
  EMPTY_FILTER,
  SORT_KEYS,
  type DashboardFilter,
  type DueFilter,
  type SortKey,
} from '@shared/follow-up/dashboard'
import type { DerivedActionStatus } from '@shared/domain'
import type { DashboardTable } from '@shared/follow-up/table'
import { Field } from '../../ui/form'
import { EnumOptions } from '../../ui/EnumOptions'

const DUE: readonly DueFilter[] = ['overdue', 'within7', 'within30']

export function DashboardFilters(props: {
  table: DashboardTable
  filter: DashboardFilter
  sort: SortKey
  onChange: (filter: DashboardFilter) => void
  onSort: (sort: SortKey) => void
  disabled: boolean
}) {
  const { t } = useTranslation('followUp')
  const { table, filter, sort, onChange, onSort, disabled } = props
  const units = useMemo(() => table.units(), [table])
  const people = useMemo(() => table.people(filter.unit), [table, filter.unit])
  const forums = useMemo(() => table.forums(), [table])
  const set = <K extends keyof DashboardFilter>(key: K, value: DashboardFilter[K]) =>
    onChange({ ...filter, [key]: value })

  return (
    <fieldset className="filters" disabled={disabled} data-testid="filters">
      <legend>{t('filters.legend')}</legend>
      <div className="filters__grid">
        <Field className="filters__search" label={t('filters.search')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={filter.search}
              placeholder={t('filters.searchPlaceholder')}
              onChange={(event) => set('search', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('filters.unit')}>
          {(control) => (
            <select
              {...control}
              value={filter.unit}
              onChange={(event) => onChange({ ...filter, unit: event.target.value, person: '' })}
            >
              <option value="">{t('filters.all')}</option>
              {units.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.person')}>
          {(control) => (
            <select
              {...control}
              value={filter.person}
              onChange={(event) => set('person', event.target.value)}
            >
              <option value="">{t('filters.all')}</option>
              {people.map((person) => (
                <option key={person} value={person}>
                  {person}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.forum')}>
          {(control) => (
            <select
              {...control}
              value={filter.forumId}
              onChange={(event) => set('forumId', event.target.value)}
            >
              <option value="">{t('filters.all')}</option>
              {forums.map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {forum.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.from}
              onChange={(event) => set('from', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('filters.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.to}
              onChange={(event) => set('to', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('filters.status')}>
          {(control) => (
            <select
              {...control}
              value={filter.status}
              onChange={(event) => set('status', event.target.value as DerivedActionStatus | '')}
            >
              <option value="">{t('filters.all')}</option>
              <EnumOptions values={DERIVED_STATUSES} labels="enums.actionStatus" />
            </select>
          )}
        </Field>
        <Field label={t('filters.due')}>
          {(control) => (
            <select
              {...control}
              value={filter.due}
              onChange={(event) => set('due', event.target.value as DueFilter | '')}
            >
              <option value="">{t('filters.all')}</option>
              {DUE.map((due) => (
                <option key={due} value={due}>
                  {t(`filters.dueOptions.${due}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.sort')}>
          {(control) => (
            <select
              {...control}
              value={sort}
              onChange={(event) => onSort(event.target.value as SortKey)}
            >
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`filters.sortOptions.${key}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="button" className="button--quiet" onClick={() => onChange(EMPTY_FILTER)}>
        {t('filters.reset')}
      </button>
    </fieldset>
  )
}
