import { describe, it, expect } from 'vitest'
import { collapseSpaces, normalizeForSearch, normalizeText } from '../../../src/shared/format/names'

describe('collapseSpaces', () => {
  it.each([
    ['  Siti   Nurhaliza  ', 'Siti Nurhaliza'],
    ['Siti\u00a0Nurhaliza', 'Siti Nurhaliza'],
    ['Siti\t\n Nurhaliza', 'Siti Nurhaliza'],
    ['Siti\u200b \u200bNurhaliza', 'Siti Nurhaliza'],
    ['\u3000Siti\u2003Nurhaliza\ufeff', 'Siti Nurhaliza'],
    ['Wérdani', 'Wérdani'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, output) => {
    expect(collapseSpaces(input)).toBe(output)
  })
})

describe('normalizeText', () => {
  it.each([
    ['Ni Ketut Ayu Wérdani', 'ni ketut ayu werdani'],
    ['  DINAS   Penanaman\u00a0Modal ', 'dinas penanaman modal'],
    ['Çağlar Ñoño Ümit', 'caglar nono umit'],
    ['Dr. Ir. H. Yohanes Ndolu, M.Si', 'dr. ir. h. yohanes ndolu, m.si'],
    ['ＤＰＭＰＴＳＰ', 'dpmptsp'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeText(input)).toBe(output)
  })
})

describe('normalizeForSearch', () => {
  it.each([
    ['Dr. Ir. H. Yohanes Ndolu, M.Si', 'yohanes ndolu'],
    ['Maria Goreti Bria, S.Sos., M.AP', 'maria goreti bria'],
    ['  Hj.  Siti   Nurhaliza  ', 'siti nurhaliza'],
    ['Ni Ketut Ayu Wérdani', 'ni ketut ayu werdani'],
    ['Fransiskus Xaverius Lake', 'fransiskus xaverius lake'],
    ['I Made Wirawan, S.T., M.T.', 'i made wirawan'],
    ['yohanes ndolu', 'yohanes ndolu'],
  ])('brief example %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it.each([
    ['Prof. Dr. dr. H. Yohanes Ndolu, Sp.PD-KGEH, M.Kes', 'yohanes ndolu'],
    ['Drs. Yohanes Ndolu', 'yohanes ndolu'],
    ['Dra. Maria Bria', 'maria bria'],
    ['drg. Anita Lay', 'anita lay'],
    ['DR. IR. YOHANES NDOLU', 'yohanes ndolu'],
    ['Drs.Yohanes Ndolu', 'yohanes ndolu'],
    ['H. Abdul Rahman', 'abdul rahman'],
    ['K.H. Ahmad Dahlan', 'ahmad dahlan'],
    ['K. H. Ahmad Dahlan', 'ahmad dahlan'],
    ['KH. Ahmad Dahlan', 'ahmad dahlan'],
    ['Ust. Abdul Somad', 'abdul somad'],
    ['Pdt. Mery Kolimon', 'mery kolimon'],
    ['RD. Yohanes Ndolu', 'yohanes ndolu'],
    ['Sr. Maria Goreti', 'maria goreti'],
    ['Tn. Budi Santoso', 'budi santoso'],
    ['Ny. Maria Lake', 'maria lake'],
    ['Bpk. Budi Santoso', 'budi santoso'],
    ['Sdr. Budi Santoso', 'budi santoso'],
    ['Sdri. Maria Lake', 'maria lake'],
  ])('strips front titles: %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it.each([
    ['Bapak Yohanes Ndolu', 'yohanes ndolu'],
    ['Ibu Ketut Sari', 'ketut sari'],
    ['Romo Benny Susetyo', 'benny susetyo'],
    ['Ustadz Abdul Somad', 'abdul somad'],
    ['bapak Dr. Yohanes Ndolu', 'yohanes ndolu'],
  ])('strips a dotless honorific as the first word: %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it.each([
    ['Ibu', 'ibu'],
    ['Romo', 'romo'],
    ['Yohanes Bapak', 'yohanes bapak'],
    ['Dra Maria', 'dra maria'],
    ['Sri Mulyani', 'sri mulyani'],
    ['Irene Lay', 'irene lay'],
    ['Hendrik Ndolu', 'hendrik ndolu'],
    ['Made Ayu', 'made ayu'],
    ['I Gusti Ngurah Rai', 'i gusti ngurah rai'],
    ['A. Yani', 'a yani'],
    ['Yohanes A.B.', 'yohanes a b'],
    ['Yohanes Ndolu Jr', 'yohanes ndolu jr'],
  ])('keeps real names and initials: %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it.each([
    ['Ahmad Yani, SE', 'ahmad yani'],
    ['Drs.Yohanes Ndolu,SE,MM', 'yohanes ndolu'],
    ['Ust. Abdul Somad, Lc., M.A.', 'abdul somad'],
    ['Ustadz Abdul Somad, Lc, MA', 'abdul somad'],
    ['Pdt. Mery Kolimon, Ph.D', 'mery kolimon'],
    ['Pdt. Mery Kolimon, Ph.D.', 'mery kolimon'],
    ['dr. Maria Bria, Sp.A(K)', 'maria bria'],
    ['Bpk. Budi, A.Md.', 'budi'],
    ['Siti Aminah, A.Md.Kep.', 'siti aminah'],
    ['Siti Aminah, S.Tr.Keb', 'siti aminah'],
    ['Maria Bria, S. Sos., M. AP', 'maria bria'],
    ['Maria Bria, S.Sos M.AP', 'maria bria'],
    ['Yohanes Ndolu, SKM, MPH', 'yohanes ndolu'],
    ['Yohanes Ndolu, S.H., M.H.', 'yohanes ndolu'],
    ['Yohanes Ndolu, S.E., MBA', 'yohanes ndolu'],
    ['RD. Yohanes Ndolu, Pr.', 'yohanes ndolu'],
    ['P. Yohanes Ndolu, SVD', 'p yohanes ndolu'],
    ['Sr. Maria Goreti, CIJ', 'maria goreti'],
    ['Yohanes Ndolu,', 'yohanes ndolu'],
  ])('strips back titles after a comma: %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it.each([
    ['Yohanes Ndolu S.Sos', 'yohanes ndolu'],
    ['Yohanes Ndolu S.Sos., M.AP', 'yohanes ndolu'],
    ['Yohanes Ndolu S.H.', 'yohanes ndolu'],
    ['Yohanes Ndolu SKM', 'yohanes ndolu'],
    ['Yohanes Ndolu A.Md.Kes', 'yohanes ndolu'],
  ])('strips known back titles without a comma: %j → %j', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output)
  })

  it('keeps what follows a comma when it is not a title', () => {
    expect(normalizeForSearch('Yohanes Ndolu, Ketua RT 05')).toBe('yohanes ndolu ketua rt 05')
    expect(normalizeForSearch('Ndolu, Yohanes')).toBe('ndolu yohanes')
  })

  it('removes punctuation sensibly', () => {
    expect(normalizeForSearch("Ma'ruf Amin")).toBe('maruf amin')
    expect(normalizeForSearch('Ma\u2019ruf Amin')).toBe('maruf amin')
    expect(normalizeForSearch('Yohanes (Anis) Ndolu')).toBe('yohanes anis ndolu')
    expect(normalizeForSearch('Muh. Yusuf Kalla')).toBe('muh yusuf kalla')
    expect(normalizeForSearch('Siti Nur-Aini')).toBe('siti nur aini')
  })

  it('falls back to the plain key for a name made only of titles', () => {
    expect(normalizeForSearch('Dr.')).toBe('dr')
    expect(normalizeForSearch('')).toBe('')
  })

  it('gives the same key to differently written forms of one person', () => {
    const forms = [
      'Dr. Ir. H. Yohanes Ndolu, M.Si',
      'YOHANES NDOLU',
      'Yohanes  Ndolu, M.Si.',
      'Bapak Yohanes Ndolu',
      'Ir. Yohanes Ndolu',
    ]
    expect(new Set(forms.map(normalizeForSearch))).toEqual(new Set(['yohanes ndolu']))
  })
})
