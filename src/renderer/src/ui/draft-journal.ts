// Every keystroke of an autosaved field is also written here, synchronously, until the database
// has committed it: a reload or a crash inside the debounce window finds the text again.
const PREFIX = 'mufakat:draft:'

/** What was typed, and the stored value it was typed over. */
export interface Draft {
  value: string
  /** Null for drafts journalled before the base was kept: their age cannot be told. */
  base: string | null
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function readDraft(key: string): Draft | null {
  const raw = storage()?.getItem(PREFIX + key) ?? null
  if (raw === null) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'value' in parsed &&
      'base' in parsed &&
      typeof parsed.value === 'string' &&
      typeof parsed.base === 'string'
    ) {
      return { value: parsed.value, base: parsed.base }
    }
  } catch {
    // Not JSON: a draft from before the base was kept.
  }
  return { value: raw, base: null }
}

export function writeDraft(key: string, value: string, base: string): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ value, base } satisfies Draft))
  } catch {
    // A full storage only loses the journal; the debounced write still saves the text.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key)
}

/**
 * The draft to put back in the field, or null. A draft typed over another value than the one
 * stored now is older than the stored record (a restore, an import or another window wrote since)
 * and never overwrites it.
 */
export function draftToRestore(draft: Draft | null, saved: string): string | null {
  if (draft === null || draft.value === saved) return null
  if (draft.base !== null && draft.base !== saved) return null
  return draft.value
}

/** After a restore or a personal-data erase: no journalled text may bring old data back. */
export function clearAllDrafts(): void {
  const store = storage()
  if (!store) return
  const keys: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(PREFIX)) keys.push(key)
  }
  for (const key of keys) store.removeItem(key)
}
