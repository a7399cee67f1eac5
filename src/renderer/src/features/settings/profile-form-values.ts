import type { OrganisationProfileInput } from '../../db'

export function defaultProfileValues(year: number): OrganisationProfileInput {
  return {
    kopLines: [],
    address: '',
    phone: '',
    email: '',
    website: '',
    emblemPng: undefined,
    unitName: '',
    unitCode: '',
    city: '',
    timeZone: 'WIB',
    paper: 'A4',
    font: 'Arial',
    fontSizePt: 12,
    marginsCm: { top: 2, bottom: 2.5, left: 3, right: 2 },
    nomorPattern: '{kode}/{urut}/{unit}/{tahun}',
    classificationCode: '',
    nomorCounter: { year, last: 0 },
    head: { prefix: '', position: '', name: '', rank: '', nip: '' },
    pageNumberPosition: 'top_centre',
    publicPhones: 'omit',
  }
}
