import { normalizeForSearch, normalizeText } from '../format/names'

export interface SearchEntry<T> {
  /** The name without titles, case or diacritics. */
  nameKey: string
  /** Institution and other secondary text, normalised. */
  extraKey: string
  item: T
}

/**
 * Precomputes the keys once, so each keystroke only compares strings. `nameKey` gives the key
 * already stored with the record (person.searchName), or normalises the name when there is none.
 */
export function buildSearchEntries<T>(
  items: readonly T[],
  nameKey: (item: T) => string,
  extra: (item: T) => string = () => '',
): SearchEntry<T>[] {
  return items.map((item) => ({
    nameKey: nameKey(item),
    extraKey: normalizeText(extra(item)),
    item,
  }))
}

/** The query as compared: titles, case, diacritics and extra spaces ignored, split into words. */
export function queryTokens(query: string): string[] {
  const key = normalizeForSearch(query)
  return key ? key.split(' ') : []
}

function wordStart(haystack: string, token: string): boolean {
  return haystack.startsWith(token) || haystack.includes(` ${token}`)
}

/**
 * Entries whose name contains every word of the query, or whose institution has words starting
 * with them. Names where the words start a word come first, then other name matches, then
 * institution matches; ties keep the input order. An empty query returns the first `limit` entries.
 */
export function searchEntries<T>(
  entries: readonly SearchEntry<T>[],
  query: string,
  limit = 50,
): T[] {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return entries.slice(0, limit).map((entry) => entry.item)
  const ranked: [T[], T[], T[]] = [[], [], []]
  for (const entry of entries) {
    if (tokens.every((token) => entry.nameKey.includes(token))) {
      const rank = tokens.every((token) => wordStart(entry.nameKey, token)) ? 0 : 1
      ranked[rank].push(entry.item)
    } else if (tokens.every((token) => wordStart(entry.extraKey, token))) {
      ranked[2].push(entry.item)
    }
    if (ranked[0].length >= limit) break
  }
  return [...ranked[0], ...ranked[1], ...ranked[2]].slice(0, limit)
}
