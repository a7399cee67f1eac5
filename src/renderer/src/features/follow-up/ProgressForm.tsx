import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ACTION_STATUSES,
  ATTACHMENT_MAX_BYTES,
  type ActionItem,
  type ActionStatus,
} from '@shared/domain'
import { checkEvidence, EVIDENCE_EXTENSIONS } from '@shared/follow-up/evidence'
import {
  checkProgressInput,
  type EvidenceFile,
  type ProgressProblem,
} from '@shared/follow-up/progress-input'
import { ERROR_CODES } from '@shared/ipc/contract'
import { formatNumber } from '@shared/format/numbers'
import { useRepositories, ValidationError } from '../../db'
import { getPlatform, isPlatformError } from '../../platform/bridge'
import { Field } from '../../ui/form'
import { EnumOptions } from '../../ui/EnumOptions'

interface Values {
  date: string
  progress: string
  status: ActionStatus
  realisasi: string
  reason: string
  author: string
}

function problemOf(problems: ProgressProblem[], path: string) {
  const found = problems.find((p) => p.path === path || p.path.startsWith(`${path}.`))
  return found ? { message: found.code } : undefined
}

/**
 * A progress update: date, percentage, status (with a reason when it cannot be carried out),
 * realisasi and evidence files. Everything is checked before saving; a refusal saves nothing.
 */
export function ProgressForm({ item, today }: { item: ActionItem; today: string }) {
  const { t } = useTranslation('followUp')
  const { progress } = useRepositories()
  const initial = (): Values => ({
    date: today,
    progress: String(item.progress),
    status: item.status,
    realisasi: '',
    reason: '',
    author: '',
  })
  const [values, setValues] = useState<Values>(initial)
  const [evidence, setEvidence] = useState<EvidenceFile[]>([])
  const [problems, setProblems] = useState<ProgressProblem[]>([])
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle')

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === 'status' && value === 'selesai' ? { progress: '100' } : {}),
    }))
    setProblems((current) => current.filter((p) => p.path !== key))
    setState('idle')
  }

  async function addEvidence() {
    setProblems((current) => current.filter((p) => !p.path.startsWith('evidence')))
    try {
      const { file } = await getPlatform().openFile({
        filters: [{ name: t('progress.evidence'), extensions: EVIDENCE_EXTENSIONS }],
        maxBytes: ATTACHMENT_MAX_BYTES,
      })
      if (!file) return
      const check = checkEvidence(file.bytes)
      if (!check.ok) {
        setProblems((current) => [...current, { path: 'evidence', code: check.code }])
        return
      }
      setEvidence((current) => [...current, file])
    } catch (error) {
      if (isPlatformError(error, ERROR_CODES.fileTooLarge)) {
        setProblems((current) => [...current, { path: 'evidence', code: 'evidence_too_large' }])
      } else throw error
    }
  }

  async function save() {
    const input = {
      date: values.date,
      progress: values.progress.trim() === '' ? Number.NaN : Number(values.progress),
      status: values.status,
      realisasi: values.realisasi,
      reason: values.reason,
      evidence,
    }
    const check = checkProgressInput(input, today)
    if (!check.ok) {
      setProblems(check.problems)
      setState('invalid')
      return
    }
    setState('saving')
    try {
      await progress.add({ ...input, actionItemId: item.id, author: values.author.trim() })
      setValues({ ...initial(), status: values.status, progress: String(check.progress) })
      setEvidence([])
      setProblems([])
      setState('saved')
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      setProblems(error.problems)
      setState('invalid')
    }
  }

  return (
    <form
      className="card form progress-form"
      data-testid="progress-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2>{t('progress.title')}</h2>
      <div className="grid grid--3">
        <Field label={t('progress.date')} error={problemOf(problems, 'date')}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={values.date}
              onChange={(event) => set('date', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('progress.percent')} error={problemOf(problems, 'progress')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              step={1}
              value={values.progress}
              onChange={(event) => set('progress', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('progress.status')} error={problemOf(problems, 'status')}>
          {(control) => (
            <select
              {...control}
              value={values.status}
              onChange={(event) => set('status', event.target.value as ActionStatus)}
            >
              <EnumOptions values={ACTION_STATUSES} labels="enums.actionStatus" />
            </select>
          )}
        </Field>
      </div>
      <Field
        label={t('progress.realisasi')}
        hint={t('progress.realisasiHint')}
        error={problemOf(problems, 'realisasi')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.realisasi}
            onChange={(event) => set('realisasi', event.target.value)}
          />
        )}
      </Field>
      <div className="grid grid--2">
        <Field
          label={t('progress.reason')}
          hint={t('progress.reasonHint')}
          error={problemOf(problems, 'reason')}
        >
          {(control) => (
            <input
              {...control}
              value={values.reason}
              onChange={(event) => set('reason', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('progress.author')}>
          {(control) => (
            <input
              {...control}
              value={values.author}
              onChange={(event) => set('author', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('progress.evidence')}
        hint={t('progress.evidenceHint', { mb: formatNumber(ATTACHMENT_MAX_BYTES / 1024 / 1024) })}
        error={problemOf(problems, 'evidence')}
      >
        {(control) => (
          <div className="evidence-picker">
            <button
              type="button"
              id={control.id}
              aria-describedby={control['aria-describedby']}
              aria-invalid={control['aria-invalid']}
              onClick={() => void addEvidence()}
              data-testid="add-evidence"
            >
              {t('progress.addEvidence')}
            </button>
            {evidence.length > 0 && (
              <ul className="evidence" data-testid="pending-evidence">
                {evidence.map((file, index) => (
                  <li key={`${file.name}-${index}`}>
                    {file.name} ({formatNumber(file.bytes.byteLength / 1024, 1)} KB){' '}
                    <button
                      type="button"
                      className="button--quiet"
                      aria-label={t('progress.removeEvidence', { name: file.name })}
                      onClick={() =>
                        setEvidence((current) => current.filter((_, i) => i !== index))
                      }
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button--primary" disabled={state === 'saving'}>
          {t('progress.save')}
        </button>
        {state === 'saved' && (
          <span className="banner banner--ok" role="status" data-testid="progress-message">
            {t('progress.saved')}
          </span>
        )}
        {state === 'invalid' && (
          <span className="banner banner--error" role="alert" data-testid="progress-message">
            {t('progress.invalid')}
          </span>
        )}
      </div>
    </form>
  )
}
