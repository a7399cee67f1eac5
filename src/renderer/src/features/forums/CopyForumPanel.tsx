import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Field } from '../../ui/form'
import { useErrorText } from '../../ui/errors'
import { useToday } from '../../ui/clock'
import { useRepositories } from '../../db'
import { useForumList } from './hooks'

/** "Salin dari forum sebelumnya": a new forum with an old one's set-up, under a new title and date. */
export function CopyForumPanel() {
  const { t } = useTranslation('forums')
  const [open, setOpen] = useState(false)
  return (
    <section className="card">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('copy.open')}
      </button>
      {open && <CopyForm />}
    </section>
  )
}

function CopyForm() {
  const { t } = useTranslation('forums')
  const errorText = useErrorText()
  const navigate = useNavigate()
  const { forums } = useRepositories()
  const list = useForumList(false)
  const today = useToday()
  const [sourceId, setSourceId] = useState('')
  const [title, setTitle] = useState<string | null>(null)
  const [startDate, setStartDate] = useState(today)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!list) return null
  if (list.forums.length === 0) return <p>{t('copy.none')}</p>
  const source = list.forums.find((f) => f.id === sourceId) ?? list.forums[0]!
  const shownTitle = title ?? t('copy.defaultTitle', { title: source.title })

  async function copy() {
    setBusy(true)
    setError(null)
    try {
      const created = await forums.copy(source.id, { title: shownTitle, startDate })
      await navigate(`/forums/${created.id}`)
    } catch (problem) {
      setError(errorText(problem))
      setBusy(false)
    }
  }

  return (
    <fieldset data-testid="copy-forum">
      <legend>{t('copy.legend')}</legend>
      <p className="field__hint">{t('copy.hint')}</p>
      <Field label={t('copy.source')}>
        {(control) => (
          <select
            {...control}
            value={source.id}
            onChange={(event) => {
              setSourceId(event.target.value)
              setTitle(null)
            }}
          >
            {list.forums.map((forum) => (
              <option key={forum.id} value={forum.id}>
                {forum.title} — {forum.startDate}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid grid--2">
        <Field label={t('copy.title')}>
          {(control) => (
            <input {...control} value={shownTitle} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <Field label={t('copy.startDate')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
            />
          )}
        </Field>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button--primary" disabled={busy} onClick={() => void copy()}>
        {t('copy.submit')}
      </button>
    </fieldset>
  )
}
