import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Forum, InvitationLetter } from '@shared/domain'
import { undanganDefaults } from '@shared/documents'
import { formatDateId } from '@shared/format/dates'
import { useRepositories } from '../../db'
import { Field } from '../../ui/form'

const EMPTY: InvitationLetter = { issuedOn: null, sifat: '', lampiran: '', hal: '' }

/**
 * The Surat Undangan's own details, kept on the forum: an empty field prints the default shown
 * as its placeholder, so a letter nobody edited stays as the app writes it.
 */
export function InvitationPanel({
  forum,
  onError,
  onSaved,
}: {
  forum: Forum
  onError: (error: unknown) => void
  onSaved: () => void
}) {
  const { t } = useTranslation('documents')
  const { documents } = useRepositories()
  const stored = forum.invitation ?? EMPTY
  const [draft, setDraft] = useState<InvitationLetter>(stored)
  const defaults = undanganDefaults(forum)
  const set = (field: keyof InvitationLetter) => (value: string) =>
    setDraft((current) => ({
      ...current,
      [field]: field === 'issuedOn' ? value || null : value,
    }))

  async function save() {
    try {
      await documents.saveInvitation(forum.id, draft)
      onSaved()
    } catch (error) {
      onError(error)
    }
  }

  return (
    <section className="card" aria-labelledby="invitation-title" data-testid="invitation">
      <h2 id="invitation-title">{t('invitation.title')}</h2>
      <form
        className="signatory__grid"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Field
          label={t('invitation.issuedOn')}
          hint={t('invitation.issuedOnDefault', { date: formatDateId(defaults.issuedOn) })}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.issuedOn ?? ''}
              onChange={(e) => set('issuedOn')(e.target.value)}
            />
          )}
        </Field>
        {(['sifat', 'lampiran', 'hal'] as const).map((field) => (
          <Field key={field} label={t(`invitation.${field}`)}>
            {(control) => (
              <input
                {...control}
                value={draft[field]}
                placeholder={defaults[field]}
                onChange={(e) => set(field)(e.target.value)}
              />
            )}
          </Field>
        ))}
        <div>
          <button type="submit" className="button button--primary">
            {t('invitation.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
