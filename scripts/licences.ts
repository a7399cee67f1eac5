import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'
import { LICENCES_FILE, type BundledLicence } from '../src/main/licences'

/**
 * Walks the production dependency tree (package.json `dependencies`, then theirs, transitively,
 * as package-lock.json resolves them) and reads each package's licence from node_modules. Dev
 * dependencies are never reached, nor optional peers (TypeScript for a React library, say).
 * Tested on a small tree in tests/unit/scripts/licences.test.ts.
 */

interface LockEntry {
  name?: string
  version?: string
  link?: boolean
  resolved?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

type LockPackages = Record<string, LockEntry>

interface PackageJson {
  name?: string
  version?: string
  license?: string | { type?: string }
  licenses?: { type?: string }[]
  dependencies?: Record<string, string>
}

/** Where `name` resolves from the package at `from` ('' is the root): Node's node_modules lookup. */
export function resolveInLock(packages: LockPackages, from: string, name: string): string | null {
  let base = from
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`
    const entry = packages[candidate]
    if (entry) return entry.link && entry.resolved ? entry.resolved : candidate
    if (base === '') return null
    const parent = base.lastIndexOf('/node_modules/')
    base = parent === -1 ? '' : base.slice(0, parent)
  }
}

function licenseOf(manifest: PackageJson): string {
  if (typeof manifest.license === 'string' && manifest.license !== '') return manifest.license
  if (typeof manifest.license === 'object' && manifest.license.type) return manifest.license.type
  const types = (manifest.licenses ?? []).map((entry) => entry.type).filter(Boolean)
  return types.length > 0 ? types.join(' OR ') : 'UNKNOWN'
}

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i

/** The package's licence files (LICENSE, LICENCE.md, LICENSE-MIT, COPYING…), one text. */
async function licenceText(dir: string): Promise<string | null> {
  const names = (await readdir(dir)).filter((name) => LICENCE_FILE.test(name)).sort()
  if (names.length === 0) return null
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))
  return texts.map((text) => text.trim()).join('\n\n')
}

export async function collectLicences(root: string): Promise<BundledLicence[]> {
  const manifest = JSON.parse(
    await readFile(path.join(root, 'package.json'), 'utf8'),
  ) as PackageJson
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages?: LockPackages
  }
  const packages = lock.packages ?? {}
  const reached = new Set<string>()
  const pending: string[] = []
  const follow = (from: string, names: Iterable<string>, required: boolean) => {
    for (const name of names) {
      const location = resolveInLock(packages, from, name)
      if (location === null) {
        if (required)
          throw new Error(
            `${name}, needed by ${from || 'package.json'}, is not in package-lock.json`,
          )
        continue
      }
      if (reached.has(location)) continue
      reached.add(location)
      pending.push(location)
    }
  }

  follow('', Object.keys(manifest.dependencies ?? {}), true)
  for (let location = pending.pop(); location !== undefined; location = pending.pop()) {
    const entry = packages[location] ?? {}
    const optionalPeers = entry.peerDependenciesMeta ?? {}
    follow(location, Object.keys(entry.dependencies ?? {}), true)
    // Optional dependencies may be absent on this platform; peers are there when the tree has them.
    follow(location, Object.keys(entry.optionalDependencies ?? {}), false)
    follow(
      location,
      Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers[name]?.optional),
      false,
    )
  }

  const libraries = new Map<string, BundledLicence>()
  for (const location of reached) {
    const dir = path.join(root, location)
    const installed = JSON.parse(
      await readFile(path.join(dir, 'package.json'), 'utf8'),
    ) as PackageJson
    const name = installed.name ?? location.slice(location.lastIndexOf('node_modules/') + 13)
    const version = installed.version ?? packages[location]?.version ?? '0.0.0'
    const key = `${name}@${version}`
    if (libraries.has(key)) continue
    libraries.set(key, {
      name,
      version,
      license: licenseOf(installed),
      text: await licenceText(dir),
    })
  }
  return [...libraries.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'),
  )
}

/** Writes `licences.json` beside main's bundle on every build (`npm run build`, `dev`, `dist`). */
export function bundledLicences(root: string): Plugin {
  return {
    name: 'mufakat-bundled-licences',
    async generateBundle() {
      const libraries = await collectLicences(root)
      this.emitFile({
        type: 'asset',
        fileName: LICENCES_FILE,
        source: JSON.stringify({ libraries }),
      })
    },
  }
}
