import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearAllDrafts, draftToRestore, readDraft, writeDraft } from '@renderer/ui/draft-journal'

/** The browser's localStorage, as little of it as the journal uses. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('typing journal', () => {
  it('puts back a draft typed over the value still stored (a reload inside the debounce)', () => {
    writeDraft('issue:1:answer', 'Akan ditindaklanjuti', 'Akan')
    expect(draftToRestore(readDraft('issue:1:answer'), 'Akan')).toBe('Akan ditindaklanjuti')
  })

  it('never lets a draft older than the stored record overwrite it (after a restore)', () => {
    writeDraft('issue:1:answer', 'Akan ditindaklanjuti', 'Akan')
    // The record now holds what a restore (or another window) wrote after the draft's base.
    expect(draftToRestore(readDraft('issue:1:answer'), 'Jawaban dari cadangan')).toBeNull()
  })

  it('has nothing to put back when the draft is what is stored', () => {
    writeDraft('agenda:1:title', 'Pembukaan', '')
    expect(draftToRestore(readDraft('agenda:1:title'), 'Pembukaan')).toBeNull()
    expect(draftToRestore(readDraft('agenda:2:title'), 'Pembukaan')).toBeNull()
  })

  it('still reads a draft journalled before the base was kept', () => {
    localStorage.setItem('mufakat:draft:agenda:1:notes', 'catatan lama')
    expect(readDraft('agenda:1:notes')).toEqual({ value: 'catatan lama', base: null })
    expect(draftToRestore(readDraft('agenda:1:notes'), '')).toBe('catatan lama')
  })

  it('clears every draft, and only drafts, after a restore or an erase', () => {
    writeDraft('issue:1:answer', 'a', '')
    writeDraft('agreement:2:text', 'b', '')
    localStorage.setItem('mufakat:language', 'id')
    clearAllDrafts()
    expect(readDraft('issue:1:answer')).toBeNull()
    expect(readDraft('agreement:2:text')).toBeNull()
    expect(localStorage.getItem('mufakat:language')).toBe('id')
  })
})
