import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../../../src/shared/i18n/locales')

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  )
}

function load(language: string) {
  const result: Record<string, string[]> = {}
  for (const file of readdirSync(join(root, language))) {
    result[file] = keys(JSON.parse(readFileSync(join(root, language, file), 'utf8'))).sort()
  }
  return result
}

describe('translations', () => {
  it('Bahasa Indonesia and English have the same namespaces and the same keys', () => {
    const id = load('id')
    const en = load('en')
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
    for (const namespace of Object.keys(id)) {
      expect({ namespace, keys: en[namespace] }).toEqual({ namespace, keys: id[namespace] })
    }
  })

  it('has no empty texts', () => {
    for (const language of ['id', 'en']) {
      for (const file of readdirSync(join(root, language))) {
        const text = readFileSync(join(root, language, file), 'utf8')
        expect(text, `${language}/${file}`).not.toMatch(/:\s*""/)
      }
    }
  })
})
