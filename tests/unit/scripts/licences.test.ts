import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bundledLicences, collectLicences, resolveInLock } from '../../../scripts/licences'
import { LICENCES_FILE, licencesFileSchema, parseLicencesFile } from '../../../src/main/licences'

/** A small installed tree: files by path under the project root. */
type Tree = Record<string, string | object>

async function writeTree(tree: Tree): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mufakat-licences-'))
  for (const [file, content] of Object.entries(tree)) {
    const target = path.join(root, file)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content))
  }
  return root
}

const lockPackages = {
  '': { dependencies: { a: '^1.0.0', b: '^1.0.0' }, devDependencies: { 'dev-tool': '^1.0.0' } },
  'node_modules/a': {
    version: '1.0.0',
    dependencies: { c: '^2.0.0' },
    // Not installed on this platform: skipped, not an error.
    optionalDependencies: { 'native-helper': '^1.0.0' },
    peerDependencies: { b: '*', typescript: '*' },
    peerDependenciesMeta: { typescript: { optional: true } },
  },
  'node_modules/a/node_modules/c': { version: '2.0.0' },
  'node_modules/b': { version: '1.0.0', dependencies: { c: '^1.0.0', '@scope/d': '^3.0.0' } },
  'node_modules/c': { version: '1.0.0' },
  'node_modules/@scope/d': { version: '3.0.0' },
  'node_modules/dev-tool': { version: '1.0.0', dev: true, dependencies: { c: '^1.0.0' } },
  'node_modules/typescript': { version: '5.9.3', devOptional: true },
}

const fixture: Tree = {
  'package.json': {
    name: 'app',
    dependencies: { a: '^1.0.0', b: '^1.0.0' },
    devDependencies: { 'dev-tool': '^1.0.0' },
  },
  'package-lock.json': { lockfileVersion: 3, packages: lockPackages },
  'node_modules/a/package.json': { name: 'a', version: '1.0.0', license: 'MIT' },
  'node_modules/a/LICENSE': 'MIT License a\n',
  'node_modules/a/README.md': 'not a licence',
  'node_modules/a/node_modules/c/package.json': { name: 'c', version: '2.0.0', license: 'ISC' },
  'node_modules/a/node_modules/c/LICENCE.md': 'ISC c2',
  'node_modules/b/package.json': { name: 'b', version: '1.0.0', license: '(MIT OR Apache-2.0)' },
  'node_modules/b/LICENSE-MIT': 'MIT b',
  'node_modules/b/LICENSE-APACHE': 'Apache b',
  'node_modules/c/package.json': { name: 'c', version: '1.0.0', license: { type: 'BSD-2-Clause' } },
  'node_modules/c/COPYING': 'BSD c1',
  'node_modules/@scope/d/package.json': {
    name: '@scope/d',
    version: '3.0.0',
    licenses: [{ type: 'BSD-3-Clause' }],
  },
  'node_modules/dev-tool/package.json': { name: 'dev-tool', version: '1.0.0', license: 'GPL-3.0' },
  'node_modules/dev-tool/LICENSE': 'GPL',
  'node_modules/typescript/package.json': { name: 'typescript', version: '5.9.3' },
}

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

async function fixtureRoot(tree: Tree = fixture): Promise<string> {
  const root = await writeTree(tree)
  roots.push(root)
  return root
}

describe('resolveInLock', () => {
  it("looks a name up as Node does: the package's own node_modules first, then up", () => {
    expect(resolveInLock(lockPackages, 'node_modules/a', 'c')).toBe('node_modules/a/node_modules/c')
    expect(resolveInLock(lockPackages, 'node_modules/b', 'c')).toBe('node_modules/c')
    expect(resolveInLock(lockPackages, 'node_modules/a/node_modules/c', 'b')).toBe('node_modules/b')
    expect(resolveInLock(lockPackages, '', 'missing')).toBeNull()
  })
})

describe('collectLicences', () => {
  it('lists every production package, transitively, with its version, licence and text', async () => {
    const libraries = await collectLicences(await fixtureRoot())

    expect(libraries).toEqual([
      { name: '@scope/d', version: '3.0.0', license: 'BSD-3-Clause', text: null },
      { name: 'a', version: '1.0.0', license: 'MIT', text: 'MIT License a' },
      { name: 'b', version: '1.0.0', license: '(MIT OR Apache-2.0)', text: 'Apache b\n\nMIT b' },
      { name: 'c', version: '1.0.0', license: 'BSD-2-Clause', text: 'BSD c1' },
      { name: 'c', version: '2.0.0', license: 'ISC', text: 'ISC c2' },
    ])
  })

  it('never reaches dev dependencies nor optional peers', async () => {
    const names = (await collectLicences(await fixtureRoot())).map((library) => library.name)

    expect(names).not.toContain('dev-tool')
    expect(names).not.toContain('typescript')
  })

  it('fails the build when a needed package is missing from the lockfile', async () => {
    const { 'node_modules/c': _dropped, ...broken } = lockPackages
    const root = await fixtureRoot({
      ...fixture,
      'package-lock.json': { lockfileVersion: 3, packages: broken },
    })

    await expect(collectLicences(root)).rejects.toThrow('c, needed by node_modules/b')
  })
})

describe("collectLicences on Mufakat's own tree", () => {
  it('takes the app libraries with their licence texts and none of the tools', async () => {
    const libraries = await collectLicences(path.resolve(import.meta.dirname, '../../..'))
    const names = libraries.map((library) => library.name)

    expect(names).toEqual(expect.arrayContaining(['react', 'dexie', 'zod', 'docx', 'scheduler']))
    for (const tool of ['electron', 'vite', 'vitest', 'typescript', '@playwright/test']) {
      expect(names).not.toContain(tool)
    }
    expect(libraries.find((library) => library.name === 'dexie')?.text).toMatch(/Apache License/)
  })
})

describe('bundledLicences (the build step)', () => {
  it('emits licences.json beside the bundle, in the shape main reads', async () => {
    const root = await fixtureRoot()
    const emitted: { fileName?: string; source?: unknown }[] = []
    const plugin = bundledLicences(root)
    const generate = plugin.generateBundle as unknown as (this: {
      emitFile(file: { fileName?: string; source?: unknown }): void
    }) => Promise<void>

    await generate.call({ emitFile: (file) => void emitted.push(file) })

    expect(emitted.map((file) => file.fileName)).toEqual([LICENCES_FILE])
    const text = String(emitted[0]?.source)
    expect(licencesFileSchema.safeParse(JSON.parse(text)).success).toBe(true)
    expect(parseLicencesFile(text).map((library) => library.name)).toEqual([
      '@scope/d',
      'a',
      'b',
      'c',
      'c',
    ])
  })
})

describe('parseLicencesFile', () => {
  it('reads a missing or foreign file as no list', () => {
    expect(parseLicencesFile(null)).toEqual([])
    expect(parseLicencesFile('{')).toEqual([])
    expect(parseLicencesFile('{"libraries":[{"name":"a"}]}')).toEqual([])
  })
})
