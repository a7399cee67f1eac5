/**
 * What a drop zone accepts, judged before a byte is read: a file of the wrong kind (by its
 * extension, as the file buttons' filters judge it), too large, or one too many is refused whole,
 * so a drop either hands over everything or changes nothing.
 */
export interface DropRules {
  /** Extensions without the dot, lower case (`xlsx`, `mufakat`). */
  accept: readonly string[]
  maxBytes?: number
  multiple?: boolean
}

export type DropVerdict =
  | { ok: true }
  | { ok: false; reason: 'wrong_kind' | 'too_large'; name: string }
  | { ok: false; reason: 'too_many' }
  | { ok: false; reason: 'empty' }

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

export function judgeDrop(
  files: readonly { name: string; size: number }[],
  rules: DropRules,
): DropVerdict {
  if (files.length === 0) return { ok: false, reason: 'empty' }
  if (files.length > 1 && !rules.multiple) return { ok: false, reason: 'too_many' }
  const wrong = files.find((file) => !rules.accept.includes(extensionOf(file.name)))
  if (wrong) return { ok: false, reason: 'wrong_kind', name: wrong.name }
  const limit = rules.maxBytes ?? Infinity
  const large = files.find((file) => file.size > limit)
  if (large) return { ok: false, reason: 'too_large', name: large.name }
  return { ok: true }
}
