import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// Each wall of eslint.config.js, proven on bad imports and good ones: the import is linted as if it
// stood in `file`, so the config's globs pick the rules exactly as they do for real sources.

const WALL_RULES = new Set(['no-restricted-imports', 'mufakat/import-walls'])

const SHARED = 'src/shared/rules/example.ts'
const FEATURE = 'src/renderer/src/features/agenda/example.ts'
const DB = 'src/renderer/src/db/example.ts'
const MAIN = 'src/main/example.ts'

const SHARED_WALL = 'src/shared is the pure domain'
const DEXIE_WALL = 'Only renderer/db touches Dexie'
const FEATURE_WALL =
  "reaches inside features/live: import what it exports from its index.ts ('../live')"
const REPOSITORY_WALL = 'reaches inside db/repositories'
const DB_WALL = 'reaches inside db/: import from @renderer/db'
const SHELL_WALL = 'The Electron shell stays thin'

/** file, imported source, and the fragment of the one message it must raise (null: none). */
const CASES: [file: string, source: string, wall: string | null][] = [
  // src/shared: an allow-list of pure packages, so UI and Node packages fail whatever their name.
  [SHARED, 'react-router', SHARED_WALL],
  [SHARED, 'i18next', SHARED_WALL],
  [SHARED, 'recharts', SHARED_WALL],
  [SHARED, 'react', SHARED_WALL],
  [SHARED, 'dexie', SHARED_WALL],
  [SHARED, 'node:fs', SHARED_WALL],
  [SHARED, '@renderer/db', SHARED_WALL],
  [SHARED, '../../renderer/src/db', SHARED_WALL],
  [SHARED, 'read-excel-file/node', SHARED_WALL],
  [SHARED, 'zod', null],
  [SHARED, 'fflate', null],
  [SHARED, 'read-excel-file/universal', null],
  [SHARED, '@shared/domain', null],
  [SHARED, '../format/dates', null],
  // Dexie, and its React hooks, only inside renderer/db (provider.tsx included).
  ['src/renderer/src/features/live/example.ts', 'dexie-react-hooks', DEXIE_WALL],
  ['src/renderer/src/features/live/example.ts', 'dexie', DEXIE_WALL],
  ['src/renderer/src/db/provider.tsx', 'dexie-react-hooks', null],
  ['src/renderer/src/db/provider.tsx', 'dexie', null],
  [DB, 'dexie', null],
  // Features meet at their index.ts, whether the import is relative or through the alias.
  [FEATURE, '../live/hooks', FEATURE_WALL],
  [FEATURE, '@renderer/features/live/hooks', FEATURE_WALL],
  [FEATURE, '../live/live.css', FEATURE_WALL],
  ['src/renderer/src/app/example.ts', '../features/live/LivePage', "index.ts ('../features/live')"],
  [FEATURE, '../live', null],
  [FEATURE, '../live/index', null],
  [FEATURE, '@renderer/features/live', null],
  [FEATURE, './AgendaPage', null],
  [FEATURE, '../../ui/clock', null],
  // Repositories through db/index.ts, except inside db/.
  [FEATURE, '../../db/repositories/settings', REPOSITORY_WALL],
  [FEATURE, '../../db/repositories', REPOSITORY_WALL],
  [FEATURE, '@renderer/db/repositories/settings', REPOSITORY_WALL],
  [FEATURE, '../../db', null],
  [FEATURE, '../../db/index', null],
  [DB, './repositories/settings', null],
  // The rest of db/ too: backup, exchange and personal data come through its index.
  [FEATURE, '../../db/backup', DB_WALL],
  [FEATURE, '@renderer/db/exchange', DB_WALL],
  [FEATURE, '../../db/personal-data', DB_WALL],
  ['src/renderer/src/ui/example.ts', '../db/audit', DB_WALL],
  ['src/renderer/src/example.ts', './db/backup', DB_WALL],
  [DB, './backup', null],
  ['src/renderer/src/db/repositories/example.ts', '../audit', null],
  // The Electron shell imports only src/shared.
  [MAIN, '../renderer/src/db', SHELL_WALL],
  [MAIN, '@renderer/db', SHELL_WALL],
  [MAIN, '@shared/ipc/contract', null],
]

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') })
})

async function wallMessages(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import * as imported from '${source}'\nexport { imported }\n`,
    {
      filePath: file,
    },
  )
  if (!result) throw new Error(`ESLint returned no result for ${file}`)
  return result.messages
    .filter((message) => message.ruleId !== null && WALL_RULES.has(message.ruleId))
    .map((message) => message.message)
}

describe('the import walls of eslint.config.js', () => {
  it.each(CASES)('%s importing %s: %s', async (file, source, wall) => {
    const messages = await wallMessages(file, source)
    expect(messages).toEqual(wall === null ? [] : [expect.stringContaining(wall)])
  })
})
