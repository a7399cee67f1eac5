import type { ForumFieldsInput, OrganisationProfile } from '@shared/domain'
import type { Official } from '@shared/domain'

/** The form's own shape: the domain input plus a switch for the optional SKM context. */
export type ForumFormValues = Omit<ForumFieldsInput, 'skm'> & {
  skmEnabled: boolean
  skm: {
    period: string
    index: number
    lowestUnsur: NonNullable<ForumFieldsInput['skm']>['lowestUnsur']
  }
}

const emptyOfficial: Official = { prefix: '', position: '', name: '', rank: '', nip: '' }

export function newForumDay(date: string) {
  return { id: crypto.randomUUID(), date, start: '09:00', end: '13:00', place: '' }
}

export function defaultForumValues(
  today: string,
  profile: OrganisationProfile | null,
): ForumFormValues {
  return {
    kind: 'fkp',
    method: 'tatap_muka',
    title: '',
    topic: '',
    topicCategory: 'standar_pelayanan',
    purpose: '',
    legalBasis: [],
    startDate: today,
    endDate: today,
    days: [newForumDay(today)],
    organiser: profile?.unitName ?? '',
    coOrganisers: [],
    partners: [],
    pimpinan: profile ? { ...profile.head } : { ...emptyOfficial },
    moderator: { ...emptyOfficial },
    narasumber: [],
    notulis: { ...emptyOfficial },
    skmEnabled: false,
    skm: { period: '', index: 0, lowestUnsur: 'waktu' },
    documentTitle: '',
  }
}

export function toFormValues(forum: ForumFieldsInput): ForumFormValues {
  return {
    ...forum,
    skmEnabled: Boolean(forum.skm),
    skm: forum.skm ?? { period: '', index: 0, lowestUnsur: 'waktu' },
  }
}

/** What the domain validates: the SKM context only when the switch is on. */
export function toForumInput(values: ForumFormValues): ForumFieldsInput {
  const { skmEnabled, skm, ...rest } = values
  return { ...rest, skm: skmEnabled ? skm : undefined }
}
