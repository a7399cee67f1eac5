import { normalizeForSearch } from '../format/names'
import { normalizeNip } from '../format/nip'

export interface IdentityFields {
  name: string
  phone?: string
  nip?: string
  /** The stored search key of a person record, which spares normalising the name again. */
  searchName?: string
}

interface Identity {
  nameKey: string
  phone: string
  nip: string
}

/** Phone digits compared without the country code: +62 812… and 0812… are the same number. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.startsWith('62')) return `0${digits.slice(2)}`
  return digits
}

// Title stripping is the costly step of a large import, and each row's name is looked up in several
// indexes; the keys of recent names are kept. Cleared when full, so memory stays bounded.
const NAME_KEY_CACHE_LIMIT = 50_000
const nameKeys = new Map<string, string>()

/** normalizeForSearch, remembered for names seen recently. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name)
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEY_CACHE_LIMIT) nameKeys.clear()
    key = normalizeForSearch(name)
    nameKeys.set(name, key)
  }
  return key
}

function identityOf(fields: IdentityFields): Identity {
  return {
    nameKey: fields.searchName ?? nameKey(fields.name),
    phone: phoneKey(fields.phone ?? ''),
    nip: normalizeNip(fields.nip ?? ''),
  }
}

/**
 * Two records are the same person when their names match without titles, case or diacritics and
 * they share a phone number or a NIP — or one of them has neither, so nothing tells them apart.
 * Different phones (or NIPs) on both sides mean two people who share a name.
 */
function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.nameKey !== b.nameKey || !a.nameKey) return false
  if (a.nip && b.nip) return a.nip === b.nip
  if (a.phone && b.phone) return a.phone === b.phone
  return true
}

/** Known people by name key, for duplicate look-ups in a file of any size. */
export class DuplicateIndex<Ref> {
  private readonly byName = new Map<string, { identity: Identity; ref: Ref }[]>()

  add(fields: IdentityFields, ref: Ref): void {
    const identity = identityOf(fields)
    if (!identity.nameKey) return
    const list = this.byName.get(identity.nameKey)
    if (list) list.push({ identity, ref })
    else this.byName.set(identity.nameKey, [{ identity, ref }])
  }

  find(fields: IdentityFields): Ref | null {
    const identity = identityOf(fields)
    for (const entry of this.byName.get(identity.nameKey) ?? []) {
      if (sameIdentity(entry.identity, identity)) return entry.ref
    }
    return null
  }

  static of<T, R>(items: Iterable<T>, fields: (item: T) => IdentityFields, ref: (item: T) => R) {
    const index = new DuplicateIndex<R>()
    for (const item of items) index.add(fields(item), ref(item))
    return index
  }
}
