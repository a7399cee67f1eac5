// The bench's printed tables: the figures, the figures against their floors and budgets, and the
// growth across sizes.

function fmt(n) {
  return n === undefined || Number.isNaN(n) ? '—' : n.toFixed(1)
}

function line(cells, widths) {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join(' ')
}

export function printSummary(rows) {
  const widths = [28, 10, 10, 6]
  console.log(line(['metric', 'median', 'p95', 'unit'], widths))
  for (const row of rows) {
    console.log(line([row.name, fmt(row.median), fmt(row.p95), row.unit], widths))
  }
}

/** Each floored figure with its floor, the ratio, and its goal; then the absolute budgets. */
export function printFloors(floors, budgets) {
  const widths = [28, 10, 10, 8, 8, 6]
  console.log(`\n${line(['figure', 'value', 'floor', 'ratio', 'goal', ''], widths)}`)
  for (const row of floors) {
    const verdict = row.goal === undefined ? '' : row.ratio <= row.goal ? 'ok' : 'OVER'
    const goal = row.goal === undefined ? '—' : `≤ ${row.goal}×`
    console.log(
      line([row.key, fmt(row.value), fmt(row.floor), `${fmt(row.ratio)}×`, goal, verdict], widths),
    )
  }
  if (budgets.length === 0) return
  console.log(`\n${line(['budget (quiet machine)', 'value', 'budget', '', '', ''], widths)}`)
  for (const row of budgets) {
    const verdict = row.value <= row.budget ? 'ok' : 'OVER'
    console.log(line([row.key, fmt(row.value), `≤ ${row.budget}`, '', '', verdict], widths))
  }
}

/** Figures worth following across sizes: the growing ones and their floors. */
const GROWING = [
  'seed_ms',
  'seed_floor_ms',
  'forum_list_open_ms',
  'forum_list_open_floor_ms',
  'dashboard_open_ms',
  'dashboard_open_floor_ms',
  'dashboard_ready_ms',
  'dashboard_ready_floor_ms',
  'dashboard_heap_mb',
  'backup_ms',
  'backup_floor_ms',
  'restore_ms',
  'restore_floor_ms',
]

/**
 * One column per scale and the growth from ×1 to ×2 (or between the two largest scales), which
 * is at most 2 when a figure grows no worse than linearly. Returns the figures to record.
 */
export function printGrowth(byScale) {
  const scales = [...byScale.keys()].sort((a, b) => a - b)
  const from = scales.includes(1) && scales.includes(2) ? 1 : scales.at(-2)
  const to = scales.includes(1) && scales.includes(2) ? 2 : scales.at(-1)
  const linear = to / from
  const widths = [28, ...scales.map(() => 10), 8, 6]
  console.log(`\n${line(['figure', ...scales.map((s) => `×${s}`), `×${to}/×${from}`, ''], widths)}`)
  const out = {}
  for (const key of GROWING) {
    const values = scales.map((s) => byScale.get(s)[key])
    if (values.every((v) => v === undefined)) continue
    const growth = byScale.get(to)[key] / byScale.get(from)[key]
    const verdict = key.includes('floor') ? '' : growth <= linear ? 'ok' : 'WORSE'
    console.log(line([key, ...values.map(fmt), `${fmt(growth)}×`, verdict], widths))
    for (const [i, scale] of scales.entries()) out[`${key}_x${scale}`] = values[i]
    out[`${key}_growth`] = growth
  }
  return out
}
