import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import {
  signatoryRoleSchema,
  signaturePrefixSchema,
  unsurSchema,
  type Signatory,
} from '@shared/domain'
import type { DocumentContext } from '@shared/documents'
import { formatNip } from '@shared/format/nip'
import { useRepositories } from '../../db'
import { Field } from '../../ui/form'
import { SignaturePad } from '../../ui/SignaturePad'
import {
  EMPTY_SIGNATORY,
  signatoryFormSchema,
  type SignatoryFormInput,
  type SignatoryFormValues,
} from './signatory-form'
import { EnumOptions } from '../../ui/EnumOptions'

/**
 * Who signs: chosen by role, each signing on screen or marked for a wet signature on paper. A
 * signature a finalised document holds is locked; the others stay open.
 */
export function SignatoriesPanel({
  context,
  locked,
  onError,
}: {
  context: DocumentContext
  /** Ids of the signatories whose block a finalised document contains. */
  locked: ReadonlySet<string>
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation('documents')
  const { signatories } = useRepositories()
  const list = [...context.signatories].sort((a, b) => a.order - b.order)

  async function fillFromForum() {
    const { forum, organisation } = context
    const has = (role: Signatory['role']) => list.some((s) => s.role === role)
    const add = async (
      role: Signatory['role'],
      official: typeof forum.pimpinan,
      institution: string,
    ) => {
      if (has(role) || !official.name) return
      await signatories.add(forum.id, {
        role,
        prefix: official.prefix,
        position: official.position,
        onBehalfOf: official.onBehalfOf,
        viaPosition: official.viaPosition,
        name: official.name,
        rank: official.rank,
        nip: official.nip,
        institution,
        unsur: 'penyelenggara',
        signaturePng: null,
        wet: true,
      })
    }
    try {
      await add(
        'penyelenggara',
        organisation.head.name ? organisation.head : forum.pimpinan,
        organisation.unitName,
      )
      await add('pimpinan_rapat', forum.pimpinan, organisation.unitName)
      await add('notulis', forum.notulis, organisation.unitName)
    } catch (error) {
      onError(error)
    }
  }

  return (
    <section
      className="card"
      id="signatories"
      aria-labelledby="signatories-title"
      data-testid="signatories"
    >
      <h2 id="signatories-title">{t('signatories.title')}</h2>
      {locked.size > 0 && <p className="hint">{t('signatories.locked')}</p>}
      {list.length === 0 && <p className="hint">{t('signatories.empty')}</p>}
      {list.map((s) => (
        <SignatoryRow key={s.id} signatory={s} locked={locked.has(s.id)} onError={onError} />
      ))}
      <div className="documents-actions">
        <button
          type="button"
          className="button"
          onClick={() => void fillFromForum()}
          data-testid="signatories-from-forum"
        >
          {t('signatories.fromForum')}
        </button>
      </div>
      <details>
        <summary>{t('signatories.add')}</summary>
        <SignatoryForm
          onSubmit={async (values) => {
            await signatories.add(context.forum.id, {
              ...values,
              unsur: values.unsur === '' ? null : values.unsur,
              signaturePng: null,
            })
          }}
          onError={onError}
        />
      </details>
    </section>
  )
}

function SignatoryRow({
  signatory,
  locked,
  onError,
}: {
  signatory: Signatory
  locked: boolean
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation('documents')
  const { t: tc } = useTranslation()
  const { signatories } = useRepositories()
  const [signing, setSigning] = useState(false)
  const [drawn, setDrawn] = useState<string | null>(null)
  const status = signatory.wet
    ? t('signatories.wetBadge')
    : signatory.signaturePng
      ? t('signatories.signed')
      : t('signatories.unsigned')

  async function run(action: () => Promise<unknown>) {
    try {
      await action()
    } catch (error) {
      onError(error)
    }
  }

  return (
    <div
      className="signatory"
      data-testid="signatory"
      data-role={signatory.role}
      data-locked={locked}
    >
      <div className="signatory__head">
        <div>
          <strong>{tc(`enums.signatoryRole.${signatory.role}`)}</strong>
          <div>
            {[signatory.prefix, signatory.position].filter(Boolean).join(' ')}
            {signatory.position && ','} <strong>{signatory.name}</strong>
            {signatory.nip && ` · NIP ${formatNip(signatory.nip)}`}
          </div>
          {signatory.institution && <small className="hint">{signatory.institution}</small>}
        </div>
        <span className="badge" data-testid="signatory-status">
          {status}
        </span>
        {locked && (
          <span className="badge" data-testid="signatory-locked">
            {t('signatories.lockedBadge')}
          </span>
        )}
      </div>
      {signatory.signaturePng && !signatory.wet && (
        <img
          src={signatory.signaturePng}
          alt={t('signatories.signatureOf', { name: signatory.name })}
          style={{ maxHeight: '3rem', justifySelf: 'start' }}
        />
      )}
      <div className="documents-actions">
        <label>
          <input
            type="checkbox"
            checked={signatory.wet}
            disabled={locked}
            onChange={(e) =>
              void run(() => signatories.update(signatory.id, { wet: e.target.checked }))
            }
            data-testid="signatory-wet"
          />{' '}
          {t('signatories.wet')}
        </label>
        {!locked && (
          <button
            type="button"
            className="button"
            onClick={() => setSigning((v) => !v)}
            data-testid="signatory-sign"
          >
            {t('signatories.sign')}
          </button>
        )}
        {!locked && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void run(() => signatories.remove(signatory.id))}
          >
            {t('signatories.remove')}
          </button>
        )}
      </div>
      {signing && !locked && (
        <div>
          <SignaturePad
            value={drawn}
            onChange={setDrawn}
            label={t('signatories.signatureOf', { name: signatory.name })}
            height={160}
            testId="document-signature-pad"
          />
          <button
            type="button"
            className="button button--primary"
            disabled={!drawn}
            onClick={() =>
              void run(async () => {
                await signatories.sign(signatory.id, drawn)
                setSigning(false)
                setDrawn(null)
              })
            }
            data-testid="signature-save"
          >
            {t('signatories.saveSignature')}
          </button>
        </div>
      )}
    </div>
  )
}

function SignatoryForm({
  onSubmit,
  onError,
}: {
  onSubmit: (values: SignatoryFormValues) => Promise<void>
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation('documents')
  const form = useForm<SignatoryFormInput, unknown, SignatoryFormValues>({
    resolver: zodResolver(signatoryFormSchema),
    defaultValues: EMPTY_SIGNATORY,
  })
  const { register, formState } = form
  const errors = formState.errors
  return (
    <form
      className="signatory__grid"
      data-testid="signatory-form"
      onSubmit={form.handleSubmit(async (values) => {
        try {
          await onSubmit(values)
          form.reset(EMPTY_SIGNATORY)
        } catch (error) {
          onError(error)
        }
      })}
    >
      <Field label={t('signatories.role')} error={errors.role}>
        {(control) => (
          <select {...control} {...register('role')}>
            <EnumOptions values={signatoryRoleSchema.options} labels="enums.signatoryRole" />
          </select>
        )}
      </Field>
      <Field label={t('signatories.prefix')} error={errors.prefix}>
        {(control) => (
          <select {...control} {...register('prefix')}>
            <EnumOptions values={signaturePrefixSchema.options} labels="enums.signaturePrefix" />
          </select>
        )}
      </Field>
      <Field label={t('signatories.name')} error={errors.name}>
        {(control) => <input {...control} {...register('name')} />}
      </Field>
      <Field label={t('signatories.position')} error={errors.position}>
        {(control) => <input {...control} {...register('position')} />}
      </Field>
      <Field label={t('signatories.onBehalfOf')} error={errors.onBehalfOf}>
        {(control) => <input {...control} {...register('onBehalfOf')} />}
      </Field>
      <Field label={t('signatories.viaPosition')} error={errors.viaPosition}>
        {(control) => <input {...control} {...register('viaPosition')} />}
      </Field>
      <Field label={t('signatories.institution')} error={errors.institution}>
        {(control) => <input {...control} {...register('institution')} />}
      </Field>
      <Field label={t('signatories.unsur')} error={errors.unsur}>
        {(control) => (
          <select {...control} {...register('unsur')}>
            <option value="">{t('signatories.noUnsur')}</option>
            <EnumOptions values={unsurSchema.options} labels="enums.unsur" />
          </select>
        )}
      </Field>
      <Field label={t('signatories.rank')} error={errors.rank}>
        {(control) => <input {...control} {...register('rank')} />}
      </Field>
      <Field label={t('signatories.nip')} error={errors.nip}>
        {(control) => <input {...control} inputMode="numeric" {...register('nip')} />}
      </Field>
      <label>
        <input type="checkbox" {...register('wet')} /> {t('signatories.wet')}
      </label>
      <div>
        <button type="submit" className="button button--primary" data-testid="signatory-add">
          {t('signatories.add')}
        </button>
      </div>
    </form>
  )
}
