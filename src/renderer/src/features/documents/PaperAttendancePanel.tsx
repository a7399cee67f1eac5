import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  blankDaftarHadir,
  draftDocx,
  kartuPeserta,
  invitedNotPresent,
  type DocumentContext,
  type DocumentModel,
} from '@shared/documents'
import { formatDayDateId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { fileContext, getPlatform } from '../../platform/bridge'

const DOCX_FILTERS = [{ name: 'Word', extensions: ['docx'] }]

/**
 * Attendance on paper, per day: the blank Daftar Hadir printed before the forum from the
 * invitation list, and, once it comes back signed, one step that marks the day's invitees present
 * with a wet signature.
 */
export function PaperAttendancePanel({
  context,
  onMessage,
  onError,
}: {
  context: DocumentContext
  onMessage: (text: string) => void
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation('documents')
  const { attendance } = useRepositories()
  const [asking, setAsking] = useState<string | null>(null)
  const { forum } = context

  async function run(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      onError(error)
    }
  }

  const download = (model: DocumentModel) =>
    run(async () => {
      const draft = await draftDocx(model, context.organisation)
      await getPlatform().saveFile({
        suggestedName: `${model.title}.docx`,
        bytes: draft.bytes,
        filters: DOCX_FILTERS,
      })
    })

  const signOnPaper = (dayId: string, date: string) =>
    run(async () => {
      const count = await attendance.signOnPaper(forum.id, dayId)
      setAsking(null)
      onMessage(t('paper.marked', { count, date: formatDayDateId(date) }))
    })

  return (
    <section className="card" aria-labelledby="paper-title" data-testid="paper-attendance">
      <h2 id="paper-title">{t('paper.title')}</h2>
      <p className="hint">{t('paper.intro')}</p>
      <p className="hint">{t('paper.nameTagsIntro')}</p>
      <button type="button" className="button" onClick={() => void download(kartuPeserta(context))}>
        {t('paper.nameTags', { context: fileContext() })}
      </button>
      {forum.days.map((day, index) => {
        const absent = invitedNotPresent(context.participants, context.attendance, day.id)
        const date = formatDayDateId(day.date)
        return (
          <div key={day.id} className="signatory" data-testid="paper-day">
            <strong>{date}</strong>
            <div className="documents-actions">
              <button
                type="button"
                className="button"
                onClick={() => void download(blankDaftarHadir(context, index))}
              >
                {t('paper.download', { date, context: fileContext() })}
              </button>
              <button
                type="button"
                className="button"
                disabled={absent.length === 0 || asking !== null}
                onClick={() => setAsking(day.id)}
              >
                {t('paper.signed')}
              </button>
            </div>
            {asking === day.id && (
              <div className="banner" role="alertdialog" aria-labelledby={`paper-ask-${day.id}`}>
                <p id={`paper-ask-${day.id}`}>
                  {t('paper.confirm', { count: absent.length, date })}
                </p>
                <div className="documents-actions">
                  <button
                    type="button"
                    className="button button--primary"
                    autoFocus
                    onClick={() => void signOnPaper(day.id, day.date)}
                  >
                    {t('paper.confirmYes')}
                  </button>
                  <button type="button" className="button" onClick={() => setAsking(null)}>
                    {t('paper.confirmNo')}
                  </button>
                </div>
              </div>
            )}
          </div>
        )
      })}
    </section>
  )
}
