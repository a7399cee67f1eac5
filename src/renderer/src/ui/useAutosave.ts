import { useCallback, useEffect, useRef, useState } from 'react'
import { clearDraft, draftToRestore, readDraft, writeDraft } from './draft-journal'

/** Writes are debounced to this: well under what a person notices, few enough for the disk. */
export const AUTOSAVE_DELAY_MS = 250

export interface Autosave {
  value: string
  onChange: (value: string) => void
  /** Writes what is pending now: on blur, on pagehide and when the field goes away. */
  flush: () => Promise<void>
  /** Why the last write was refused (for ui/errors), null after a good one. */
  error: unknown
  /** What the person is told: typing not yet written, written, or nothing said yet. */
  status: AutosaveStatus
}

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

/**
 * A text field that saves as it is typed: a debounced write after the last keystroke and an
 * immediate one on blur or when the page is hidden. Each keystroke is also journalled (see
 * draft-journal.ts) under `journalKey`, so a reload or a crash before the write loses nothing.
 */
export function useAutosave(
  journalKey: string,
  saved: string,
  save: (value: string) => Promise<unknown>,
): Autosave {
  const [restored] = useState(() => draftToRestore(readDraft(journalKey), saved))
  const [value, setValue] = useState(restored ?? saved)
  const [shownSaved, setShownSaved] = useState(saved)
  const [dirty, setDirty] = useState(restored !== null)
  const [error, setError] = useState<unknown>(null)
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const pending = useRef<string | null>(restored)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saveRef = useRef(save)
  // The stored value the typing goes over: what the journal compares with the record on reload.
  const base = useRef(saved)
  useEffect(() => {
    base.current = saved
  }, [saved])
  useEffect(() => {
    saveRef.current = save
  })

  // Someone else's change (another window, a reload) shows unless this field has unsaved typing.
  if (saved !== shownSaved) {
    setShownSaved(saved)
    if (!dirty) setValue(saved)
  }

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    const next = pending.current
    if (next === null) return
    pending.current = null
    try {
      await saveRef.current(next)
      base.current = next
      setError(null)
      if (pending.current === null) {
        clearDraft(journalKey)
        setStatus('saved')
      }
    } catch (refusal) {
      setError(refusal)
      setStatus('failed')
    }
    if (pending.current === null) setDirty(false)
  }, [journalKey])

  useEffect(() => {
    // A journalled draft from before a reload is written at once.
    if (pending.current !== null) void flush()
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onHide)
      void flush()
    }
  }, [flush])

  const onChange = useCallback(
    (next: string) => {
      setValue(next)
      setDirty(true)
      setStatus('saving')
      writeDraft(journalKey, next, base.current)
      pending.current = next
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [flush, journalKey],
  )

  return { value, onChange, flush, error, status }
}
