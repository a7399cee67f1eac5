import { describe, expect, it } from 'vitest'
import { changedOrders, nextOrder, renumber, reorderByIds } from '@shared/live/numbering'

const list = [
  { id: 'a', order: 1 },
  { id: 'b', order: 2 },
  { id: 'c', order: 3 },
]

describe('reorderByIds', () => {
  it('numbers a full new sequence 1..n', () => {
    expect(reorderByIds(list, ['c', 'a', 'b'])).toEqual([
      { id: 'c', order: 1 },
      { id: 'a', order: 2 },
      { id: 'b', order: 3 },
    ])
  })

  it('puts the ids given first and lets the others follow as they were', () => {
    expect(reorderByIds(list, ['c'])?.map((item) => item.id)).toEqual(['c', 'a', 'b'])
  })

  it('refuses an unknown or repeated id', () => {
    expect(reorderByIds(list, ['a', 'x'])).toBeNull()
    expect(reorderByIds(list, ['a', 'a', 'b'])).toBeNull()
  })
})

describe('changedOrders', () => {
  it('names only the items whose order moved', () => {
    const after = reorderByIds(list, ['b', 'a', 'c']) ?? []
    expect(changedOrders(list, after).map((item) => item.id)).toEqual(['b', 'a'])
    expect(changedOrders(list, renumber(list))).toEqual([])
  })

  it('closes the gap a deletion leaves', () => {
    const rest = list.filter((item) => item.id !== 'a')
    expect(changedOrders(rest, renumber(rest))).toEqual([
      { id: 'b', order: 1 },
      { id: 'c', order: 2 },
    ])
  })
})

describe('nextOrder', () => {
  it('follows the highest order, and starts at 1', () => {
    expect(nextOrder(list)).toBe(4)
    expect(nextOrder([{ order: 7 }, { order: 2 }])).toBe(8)
    expect(nextOrder([])).toBe(1)
  })
})
