import { describe, expect, it } from 'vitest'
import {
  checkSetting,
  DEFAULT_USER_NAME,
  projectorSettingKey,
  readSetting,
  SETTINGS,
  SettingValueError,
  type SettingKey,
} from '@shared/settings'
import { openerDisposedAfterEach } from './test-db'

const open = openerDisposedAfterEach()

const KEYS: SettingKey[] = [...(Object.keys(SETTINGS) as SettingKey[]), projectorSettingKey('f1')]

describe('settings registry', () => {
  it.each(KEYS)('%s: its default parses under its own schema', (key) => {
    const fallback = readSetting(key, undefined)
    expect(checkSetting(key, fallback)).toEqual(fallback)
  })

  it.each(KEYS)('%s: a malformed stored value reads as the default', (key) => {
    expect(readSetting(key, { malformed: Symbol.for('x') })).toEqual(readSetting(key, undefined))
  })

  it('reads well-formed stored values as they are', () => {
    expect(readSetting('language', 'en')).toBe('en')
    expect(readSetting('participants.importMapping', { 'nama lengkap': 'name' })).toEqual({
      'nama lengkap': 'name',
    })
    expect(readSetting(projectorSettingKey('f1'), { mode: 'readout', readoutIndex: 2 })).toEqual({
      mode: 'readout',
      readoutIndex: 2,
    })
  })

  it('gives one default user name for a missing or blank name', () => {
    expect(readSetting('userName', undefined)).toBe(DEFAULT_USER_NAME)
    expect(readSetting('userName', '   ')).toBe(DEFAULT_USER_NAME)
    expect(readSetting('userName', ' Maria ')).toBe('Maria')
  })

  it('refuses a bad value, naming the key', () => {
    expect(() => checkSetting('language', 'fr')).toThrow(SettingValueError)
    expect(() => checkSetting('language', 'fr')).toThrow(/setting language/)
    expect(() =>
      checkSetting(projectorSettingKey('f1'), { mode: 'slides', readoutIndex: 0 }),
    ).toThrow(/setting projector:f1: mode/)
  })
})

describe('settings repository', () => {
  it('stores a checked value and reads it back typed', async () => {
    const { repositories } = open()
    expect(await repositories.settings.get('myUnit')).toBe('')
    await repositories.settings.set('myUnit', 'Bidang Perizinan')
    expect(await repositories.settings.get('myUnit')).toBe('Bidang Perizinan')
    await repositories.settings.set('appLock', null)
    expect(await repositories.settings.get('appLock')).toBeNull()
  })

  it('falls back to the default when the stored row is malformed', async () => {
    const { db, repositories } = open()
    await db.settings.put({
      key: 'samplePromptAnswered',
      value: 'yes',
      updatedAt: '2026-03-01T02:00:00.000Z',
    })
    expect(await repositories.settings.get('samplePromptAnswered')).toBe(false)
  })

  it('refuses a value that does not fit its key and stores nothing', async () => {
    const { db, repositories } = open()
    const bad = { mode: 'slides', readoutIndex: 0 } as unknown as {
      mode: 'agenda'
      readoutIndex: number
    }
    await expect(repositories.settings.set(projectorSettingKey('f1'), bad)).rejects.toThrow(
      /setting projector:f1/,
    )
    expect(await db.settings.count()).toBe(0)
  })

  it('names the audit actor after the user, and the default after a reset', async () => {
    const { repositories } = open()
    await repositories.settings.set('userName', 'Maria Goreti Bria')
    expect(repositories.audit.actor()).toBe('Maria Goreti Bria')
    await repositories.settings.reset('userName')
    expect(repositories.audit.actor()).toBe(DEFAULT_USER_NAME)
  })
})
