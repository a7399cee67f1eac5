// Every keystroke of an autosaved field is also written here, synchronously, until the database
// has committed it: a reload or a crash inside the debounce window finds the text again.
const PREFIX = 'mufakat:draft:'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function readDraft(key: string): string | null {
  return storage()?.getItem(PREFIX + key) ?? null
}

export function writeDraft(key: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value)
  } catch {
    // A full storage only loses the journal; the debounced write still saves the text.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key)
}
