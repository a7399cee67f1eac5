import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildSampleForum } from '@shared/sample'
import { useLiveQuery, useRepositories } from '../../db'

/** On first start, a newcomer can load the bundled sample forum and see a real forum at once. */
export function SampleOffer() {
  const { t } = useTranslation('home')
  const { forums, settings, datasets } = useRepositories()
  const [busy, setBusy] = useState(false)
  const visible = useLiveQuery(async () => {
    const answered = await settings.get('samplePromptAnswered')
    return !answered && (await forums.count(true)) === 0
  }, [forums, settings])
  if (!visible) return null

  async function load() {
    setBusy(true)
    try {
      const dataset = buildSampleForum({ newId: () => crypto.randomUUID(), now: new Date() })
      await datasets.loadSample(dataset, { keepOrganisation: true })
      await settings.set('samplePromptAnswered', true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <aside className="card card--offer" data-testid="sample-offer" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.title')}</h2>
      <p>{t('sample.body')}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button--primary"
          disabled={busy}
          onClick={() => void load()}
          data-testid="load-sample"
        >
          {t('sample.load')}
        </button>
        <button
          type="button"
          onClick={() => void settings.set('samplePromptAnswered', true)}
          data-testid="dismiss-sample"
        >
          {t('sample.dismiss')}
        </button>
      </div>
    </aside>
  )
}
