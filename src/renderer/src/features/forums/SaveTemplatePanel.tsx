import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '../../ui/form'
import { useErrorText } from '../../ui/errors'
import { useRepositories } from '../../db'

/** "Simpan sebagai templat": this forum's kind, text and first day's agenda, for later forums. */
export function SaveTemplatePanel(props: { forumId: string; defaultName: string }) {
  const { t } = useTranslation('forums')
  const errorText = useErrorText()
  const { templates } = useRepositories()
  const [name, setName] = useState(props.defaultName)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function save() {
    setError(null)
    try {
      const saved = await templates.saveFromForum(props.forumId, name)
      setNotice(t('templates.saved', { name: saved.name }))
    } catch (problem) {
      setError(errorText(problem))
    }
  }

  return (
    <fieldset data-testid="save-template">
      <legend>{t('templates.saveLegend')}</legend>
      <Field label={t('templates.saveName')} hint={t('templates.saveHint')} errorText={error}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button type="button" className="button--primary" onClick={() => void save()}>
        {t('templates.saveSubmit')}
      </button>
      {notice && <p role="status">{notice}</p>}
    </fieldset>
  )
}
