import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  ACTION_STATUSES,
  actionStatusSchema,
  ATTACHMENT_MAX_BYTES,
  encodeMessage,
  progressUpdateSchema,
  type ActionItem,
} from '@shared/domain'
import {
  checkEvidence,
  EVIDENCE_EXTENSIONS,
  isImageKind,
  type EvidenceKind,
} from '@shared/follow-up/evidence'
import {
  checkProgressInput,
  type EvidenceFile,
  type ProgressInput,
} from '@shared/follow-up/progress-input'
import { ERROR_CODES } from '@shared/ipc/contract'
import { formatNumber } from '@shared/format/numbers'
import { useRepositories, ValidationError } from '../../db'
import { getPlatform, isPlatformError } from '../../platform/bridge'
import { DropZone } from '../../ui/DropZone'
import { prepareImage } from '../../ui/image-import'
import { KeepOriginal } from '../../ui/KeepOriginal'
import { Field } from '../../ui/form'
import { EnumOptions } from '../../ui/EnumOptions'
import { useErrorText } from '../../ui/errors'

/** The texts keep the stored record's limits; the numbers stay text until the shared check reads them. */
const progressFormShape = z.object({
  date: z.string(),
  progress: z.string(),
  status: actionStatusSchema,
  realisasi: progressUpdateSchema.shape.realisasi,
  reason: progressUpdateSchema.shape.reason,
  author: progressUpdateSchema.shape.author,
})
type Values = z.input<typeof progressFormShape>
const FIELDS = Object.keys(progressFormShape.shape) as (keyof Values)[]

function toInput(values: Values, evidence: EvidenceFile[]): ProgressInput {
  return {
    date: values.date,
    progress: values.progress.trim() === '' ? Number.NaN : Number(values.progress),
    status: values.status,
    realisasi: values.realisasi ?? '',
    reason: values.reason ?? '',
    evidence,
  }
}

/** The form is judged by the shared progress rules (checkProgressInput), on screen as on save. */
function progressFormSchema(today: string) {
  return progressFormShape.superRefine((values, ctx) => {
    const check = checkProgressInput(toInput(values, []), today)
    if (check.ok) return
    for (const problem of check.problems) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.code })
    }
  })
}

/**
 * A progress update: date, percentage, status (with a reason when it cannot be carried out),
 * realisasi and evidence files. Everything is checked before saving; a refusal saves nothing and
 * keeps what was typed.
 */
export function ProgressForm({ item, today }: { item: ActionItem; today: string }) {
  const { t } = useTranslation('followUp')
  const { progress } = useRepositories()
  const errorText = useErrorText()
  const initial = (): Values => ({
    date: today,
    progress: String(item.progress),
    status: item.status,
    realisasi: '',
    reason: '',
    author: '',
  })
  const resolver = useMemo(() => zodResolver(progressFormSchema(today)), [today])
  const form = useForm<Values>({
    defaultValues: initial(),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { register, handleSubmit, setValue, setError, reset, formState } = form
  const errors = formState.errors
  const [evidence, setEvidence] = useState<EvidenceFile[]>([])
  const [evidenceProblem, setEvidenceProblem] = useState<string | null>(null)
  const [keepOriginal, setKeepOriginal] = useState(false)
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle')
  const [failure, setFailure] = useState<string | null>(null)

  async function addEvidence() {
    setEvidenceProblem(null)
    try {
      const { file } = await getPlatform().openFile({
        filters: [{ name: t('progress.evidence'), extensions: EVIDENCE_EXTENSIONS }],
        maxBytes: ATTACHMENT_MAX_BYTES,
      })
      if (file) await takeEvidence([file])
    } catch (error) {
      if (isPlatformError(error, ERROR_CODES.fileTooLarge)) setEvidenceProblem('evidence_too_large')
      else setFailure(errorText(error))
    }
  }

  /**
   * Chosen or dropped: each file is judged by its bytes, and one refused file adds none. Images
   * are brought to their stored size here, so the list shows what will be saved.
   */
  async function takeEvidence(files: EvidenceFile[]) {
    setEvidenceProblem(null)
    const kinds: EvidenceKind[] = []
    for (const file of files) {
      const check = checkEvidence(file.bytes)
      if (!check.ok) return setEvidenceProblem(check.code)
      kinds.push(check.kind)
    }
    try {
      const prepared = await Promise.all(
        files.map((file, i) => {
          const kind = kinds[i]!
          return isImageKind(kind) ? prepareImage(file, kind, keepOriginal) : file
        }),
      )
      setEvidence((current) => [...current, ...prepared])
    } catch (error) {
      setFailure(errorText(error))
      setState('invalid')
    }
  }

  /** A refusal by the repository lands on its field when the form has one, else in the banner. */
  function refuse(error: unknown) {
    const problems = error instanceof ValidationError ? error.problems : []
    const onForm = problems.filter((p) => (FIELDS as string[]).includes(p.path))
    for (const problem of onForm) {
      setError(problem.path as keyof Values, {
        message: encodeMessage(problem.code, problem.params ?? {}),
      })
    }
    setFailure(onForm.length === problems.length && problems.length > 0 ? null : errorText(error))
    setState('invalid')
  }

  const save = handleSubmit(
    async (values) => {
      const check = checkProgressInput(toInput(values, evidence), today)
      if (!check.ok) return setState('invalid')
      setState('saving')
      setFailure(null)
      try {
        await progress.add({
          ...toInput(values, evidence),
          actionItemId: item.id,
          author: (values.author ?? '').trim(),
        })
        reset({ ...initial(), status: values.status, progress: String(check.progress) })
        setEvidence([])
        setEvidenceProblem(null)
        setState('saved')
      } catch (error) {
        refuse(error)
      }
    },
    () => setState('invalid'),
  )

  return (
    <form
      className="card form progress-form"
      data-testid="progress-form"
      noValidate
      onSubmit={(event) => void save(event)}
      // Any edit withdraws the last verdict, as the fields' own errors are re-judged on change.
      onChange={() => setState('idle')}
    >
      <h2>{t('progress.title')}</h2>
      <div className="grid grid--3">
        <Field label={t('progress.date')} error={errors.date}>
          {(control) => <input {...control} type="date" max={today} {...register('date')} />}
        </Field>
        <Field label={t('progress.percent')} error={errors.progress}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              step={1}
              {...register('progress')}
            />
          )}
        </Field>
        <Field label={t('progress.status')} error={errors.status}>
          {(control) => (
            <select
              {...control}
              {...register('status', {
                // "Selesai" means 100%.
                onChange: (event: { target: { value: string } }) => {
                  if (event.target.value === 'selesai') setValue('progress', '100')
                },
              })}
            >
              <EnumOptions values={ACTION_STATUSES} labels="enums.actionStatus" />
            </select>
          )}
        </Field>
      </div>
      <Field
        label={t('progress.realisasi')}
        hint={t('progress.realisasiHint')}
        error={errors.realisasi}
      >
        {(control) => <textarea {...control} rows={3} {...register('realisasi')} />}
      </Field>
      <div className="grid grid--2">
        <Field label={t('progress.reason')} hint={t('progress.reasonHint')} error={errors.reason}>
          {(control) => <input {...control} {...register('reason')} />}
        </Field>
        <Field label={t('progress.author')} error={errors.author}>
          {(control) => <input {...control} {...register('author')} />}
        </Field>
      </div>
      <Field
        label={t('progress.evidence')}
        hint={t('progress.evidenceHint', { mb: formatNumber(ATTACHMENT_MAX_BYTES / 1024 / 1024) })}
        error={evidenceProblem ? { message: evidenceProblem } : undefined}
      >
        {(control) => (
          <DropZone
            accept={EVIDENCE_EXTENSIONS}
            kind={t('progress.dropKind')}
            maxBytes={ATTACHMENT_MAX_BYTES}
            multiple
            testId="evidence-drop"
            onFiles={takeEvidence}
          >
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
          </DropZone>
        )}
      </Field>
      <KeepOriginal checked={keepOriginal} onChange={setKeepOriginal} />
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
            {failure ?? t('progress.invalid')}
          </span>
        )}
      </div>
    </form>
  )
}
