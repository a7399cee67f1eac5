import { describe, expect, it } from 'vitest'
import { backupPassphraseProblem } from '@shared/backup'

describe('backup passphrase rule', () => {
  it('allows no passphrase at all: the backup is then not encrypted', () => {
    expect(backupPassphraseProblem('', '')).toBeNull()
  })

  it('asks for at least 10 characters', () => {
    expect(backupPassphraseProblem('Kupang 12', 'Kupang 12')).toBe('too_short')
    expect(backupPassphraseProblem('Kupang 123', 'Kupang 123')).toBeNull()
  })

  it('refuses a passphrase of one kind of character only', () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      'kupangkupang',
      'KUPANGKUPANG',
      '123456789012',
      '!!!!!!!!!!!!',
    ]) {
      expect(backupPassphraseProblem(weak, weak)).toBe('one_class')
    }
    for (const fine of ['kupang kota', 'kupang2026x', 'KupangKota', 'rahasia!!!!']) {
      expect(backupPassphraseProblem(fine, fine)).toBeNull()
    }
  })

  it('counts letters beyond ASCII by their case', () => {
    expect(backupPassphraseProblem('éééééééééé', 'éééééééééé')).toBe('one_class')
    expect(backupPassphraseProblem('Éééééééééé', 'Éééééééééé')).toBeNull()
  })

  it('refuses a repetition that differs, once the passphrase itself is strong enough', () => {
    expect(backupPassphraseProblem('kupang kota', 'kupang kota ')).toBe('mismatch')
    expect(backupPassphraseProblem('kupang kota', '')).toBe('mismatch')
    expect(backupPassphraseProblem('', 'kupang kota')).toBe('mismatch')
  })
})
