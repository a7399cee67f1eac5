import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BUILT_IN_TEMPLATES,
  templateMinutes,
  type ForumTemplate,
  type SavedTemplate,
} from '@shared/templates'
import { Field } from '../../ui/form'
import { useErrorText } from '../../ui/errors'
import { useRepositories } from '../../db'

/** The built-in template of that id, or the organisation's saved one; none for ''. */
export function findTemplate(
  id: string,
  saved: readonly SavedTemplate[],
): ForumTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? saved.find((t) => t.id === id)
}

/** Choosing a template for a new forum, with the agenda it brings shown before saving. */
export function TemplatePicker(props: {
  value: string
  saved: readonly SavedTemplate[]
  onChange: (id: string) => void
  /** After a saved template is deleted: the id to fall back to. */
  onDeleted: () => void
}) {
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const { templates } = useRepositories()
  const [notice, setNotice] = useState<string | null>(null)
  const template = findTemplate(props.value, props.saved)
  const isSaved = Boolean(template && !('builtIn' in template && template.builtIn))

  async function remove() {
    if (!template) return
    try {
      await templates.remove(template.id)
      setNotice(t('templates.deleted'))
      props.onDeleted()
    } catch (error) {
      setNotice(errorText(error))
    }
  }

  return (
    <fieldset data-testid="template-picker">
      <legend>{t('templates.legend')}</legend>
      <Field label={t('templates.label')} hint={t('templates.hint')}>
        {(control) => (
          <select
            {...control}
            value={props.value}
            onChange={(event) => {
              setNotice(null)
              props.onChange(event.target.value)
            }}
          >
            <option value="">{t('templates.none')}</option>
            <optgroup label={t('templates.builtInGroup')}>
              {BUILT_IN_TEMPLATES.map((builtIn) => (
                <option key={builtIn.id} value={builtIn.id}>
                  {t(`templates.builtin.${builtIn.id}`)}
                </option>
              ))}
            </optgroup>
            {props.saved.length > 0 && (
              <optgroup label={t('templates.savedGroup')}>
                {props.saved.map((own) => (
                  <option key={own.id} value={own.id}>
                    {own.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </Field>
      {template && (
        <>
          <p>
            {t('templates.agendaSummary', {
              count: template.agenda.length,
              minutes: templateMinutes(template),
            })}
          </p>
          <ol data-testid="template-agenda">
            {template.agenda.map((item, index) => (
              <li key={index}>
                {t('templates.agendaItem', { title: item.title, minutes: item.durationMin })}
              </li>
            ))}
          </ol>
          <p>
            {t('templates.documents', {
              list: template.documents.map((kind) => tc(`enums.documentKind.${kind}`)).join(', '),
            })}
          </p>
        </>
      )}
      {isSaved && (
        <button type="button" className="button--quiet" onClick={() => void remove()}>
          {t('templates.delete')}
        </button>
      )}
      {notice && <p role="status">{notice}</p>}
    </fieldset>
  )
}
