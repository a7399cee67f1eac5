import { useTranslation } from 'react-i18next'
import type { Autosave, AutosaveStatus } from './useAutosave'

/** The block's state from its fields: one still writing outweighs the others having written. */
function combined(fields: readonly Pick<Autosave, 'status'>[]): AutosaveStatus {
  const states = new Set(fields.map((field) => field.status))
  if (states.has('saving')) return 'saving'
  if (states.has('failed')) return 'failed'
  return states.has('saved') ? 'saved' : 'idle'
}

/**
 * "Menyimpan…" while typed text is not yet written, "Tersimpan" once it is, for a block of
 * autosaving fields. Polite, so a screen reader hears it without losing its place; a refusal is
 * told by the field itself, with its reason.
 */
export function SaveStatus({ fields }: { fields: readonly Pick<Autosave, 'status'>[] }) {
  const { t } = useTranslation()
  const state = combined(fields)
  return (
    <span className="save-status" role="status" data-testid="save-status" data-state={state}>
      {state === 'saving' && t('status.saving')}
      {state === 'saved' && t('status.saved')}
    </span>
  )
}
