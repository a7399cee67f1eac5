import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as format from '../../../src/shared/format'

// The modules are listed from the folder, not by hand: a new module that the index forgets fails.
const folder = resolve(import.meta.dirname, '../../../src/shared/format')
const modules = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))

describe('src/shared/format index', () => {
  it('finds the modules it checks', () => {
    expect(modules).toContain('dates')
  })

  it.each(modules)('re-exports everything %s exports', async (name) => {
    const module = (await import(resolve(folder, `${name}.ts`))) as Record<string, unknown>
    const exported = format as Record<string, unknown>
    for (const [key, value] of Object.entries(module)) expect(exported[key], key).toBe(value)
  })
})
