import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// Each wall of eslint.config.js, proven on a bad import and a good one: the code is linted as if
// it lived at `file`, so the config's globs pick the rules exactly as they do for real sources.

const WALL_RULES = new Set(['no-restricted-imports', 'mufakat/import-walls'])

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') })
})

async function wallMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  if (!result) throw new Error(`ESLint returned no result for ${file}`)
  return result.messages
    .filter((message) => message.ruleId !== null && WALL_RULES.has(message.ruleId))
    .map((message) => message.message)
}

describe('src/shared imports only allow-listed packages', () => {
  const file = 'src/shared/rules/example.ts'

  it.each(['react-router', 'i18next', 'recharts', 'react', 'dexie', 'node:fs', '@renderer/db'])(
    'refuses %s',
    async (source) => {
      const messages = await wallMessages(file, `export { x } from '${source}'\n`)
      expect(messages).toEqual([expect.stringContaining('src/shared is the pure domain')])
    },
  )

  it('refuses a relative climb into the renderer', async () => {
    const messages = await wallMessages(file, `export { x } from '../../renderer/src/db'\n`)
    expect(messages).toEqual([expect.stringContaining('src/shared is the pure domain')])
  })

  it.each(['zod', 'fflate', 'read-excel-file/universal', '@shared/domain', '../format/dates'])(
    'accepts %s',
    async (source) => {
      expect(await wallMessages(file, `export { x } from '${source}'\n`)).toEqual([])
    },
  )

  it('refuses the Node entry of a package whose browser entry is allowed', async () => {
    const messages = await wallMessages(file, `export { x } from 'read-excel-file/node'\n`)
    expect(messages).toHaveLength(1)
  })
})

describe('only renderer/db touches Dexie', () => {
  it('refuses dexie-react-hooks in a feature', async () => {
    const messages = await wallMessages(
      'src/renderer/src/features/live/example.ts',
      `export { useLiveQuery } from 'dexie-react-hooks'\n`,
    )
    expect(messages).toEqual([expect.stringContaining('Only renderer/db touches Dexie')])
  })

  it('accepts Dexie in db/provider.tsx and in a db module', async () => {
    expect(
      await wallMessages(
        'src/renderer/src/db/provider.tsx',
        `export { useLiveQuery } from 'dexie-react-hooks'\nexport { Dexie } from 'dexie'\n`,
      ),
    ).toEqual([])
    expect(
      await wallMessages('src/renderer/src/db/example.ts', `export { Dexie } from 'dexie'\n`),
    ).toEqual([])
  })
})

describe('features meet only at their index.ts', () => {
  const file = 'src/renderer/src/features/agenda/example.ts'

  it.each(['../live/hooks', '@renderer/features/live/hooks', '../live/live.css'])(
    'refuses %s from another feature',
    async (source) => {
      const messages = await wallMessages(file, `import '${source}'\n`)
      expect(messages).toEqual([
        expect.stringContaining(
          "reaches inside features/live: import what it exports from its index.ts ('../live')",
        ),
      ])
    },
  )

  it('refuses a page imported deep from app/', async () => {
    const messages = await wallMessages(
      'src/renderer/src/app/example.ts',
      `export { LivePage } from '../features/live/LivePage'\n`,
    )
    expect(messages).toEqual([expect.stringContaining("index.ts ('../features/live')")])
  })

  it.each([
    '../live',
    '../live/index',
    '@renderer/features/live',
    './AgendaPage',
    '../../ui/today',
  ])('accepts %s', async (source) => {
    expect(await wallMessages(file, `import '${source}'\n`)).toEqual([])
  })
})

describe('repositories are reached through db/index.ts', () => {
  it.each(['../../db/repositories/settings', '@renderer/db/repositories', '../../db/repositories'])(
    'refuses %s from a feature',
    async (source) => {
      const messages = await wallMessages(
        'src/renderer/src/features/home/example.ts',
        `export { x } from '${source}'\n`,
      )
      expect(messages).toEqual([expect.stringContaining('reaches inside db/repositories')])
    },
  )

  it('accepts @renderer/db from a feature and a repository from inside db/', async () => {
    expect(
      await wallMessages(
        'src/renderer/src/features/home/example.ts',
        `export { x } from '../../db'\n`,
      ),
    ).toEqual([])
    expect(
      await wallMessages(
        'src/renderer/src/db/example.ts',
        `export { x } from './repositories/settings'\n`,
      ),
    ).toEqual([])
  })
})

describe('the Electron shell imports only src/shared', () => {
  it('refuses the renderer in main', async () => {
    const messages = await wallMessages(
      'src/main/example.ts',
      `export { x } from '../renderer/src/db'\n`,
    )
    expect(messages).toEqual([expect.stringContaining('The Electron shell stays thin')])
  })

  it('accepts src/shared in main', async () => {
    expect(
      await wallMessages('src/main/example.ts', `export { x } from '@shared/ipc/contract'\n`),
    ).toEqual([])
  })
})
