/** Moves one element; indexes outside the list leave it as it was. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) {
    return [...list]
  }
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item as T)
  return next
}

/** Orders 1..n in list order, as numbered agreements and action items are printed. */
export function renumber<T extends { order: number }>(list: readonly T[]): T[] {
  return list.map((item, index) => ({ ...item, order: index + 1 }))
}

/**
 * A new sequence, numbered 1..n: the ids given come first in that order, the others follow as they
 * were. Null when an id is not in the list or is given twice, so the caller refuses the reorder.
 */
export function reorderByIds<T extends { id: string; order: number }>(
  list: readonly T[],
  orderedIds: readonly string[],
): T[] | null {
  const byId = new Map(list.map((item) => [item.id, item]))
  const listed = new Set(orderedIds)
  if (listed.size !== orderedIds.length || orderedIds.some((id) => !byId.has(id))) return null
  const rest = list.filter((item) => !listed.has(item.id))
  return renumber([...orderedIds.map((id) => byId.get(id) as T), ...rest])
}

/** The items of `after` whose order is not what it was in `before`: what a reorder must write. */
export function changedOrders<T extends { id: string; order: number }>(
  before: readonly T[],
  after: readonly T[],
): T[] {
  const orderBefore = new Map(before.map((item) => [item.id, item.order]))
  return after.filter((item) => orderBefore.get(item.id) !== item.order)
}

/** The next order at the end of a list. */
export function nextOrder(list: readonly { order: number }[]): number {
  return list.reduce((max, item) => Math.max(max, item.order), 0) + 1
}

/**
 * Action items are numbered under their agreement: "2.1", "2.2"; those not yet under an agreement
 * get a plain running number.
 */
export function actionItemNumber(agreementNumber: number | null, indexInGroup: number): string {
  return agreementNumber === null
    ? String(indexInGroup + 1)
    : `${agreementNumber}.${indexInGroup + 1}`
}
