import { addDaysIso, isValidIsoDate } from '@shared/format/dates'
import type { ForumFieldsInput, OrganisationProfile } from '@shared/domain'
import type { Official } from '@shared/domain'
import { templateFields, type ForumTemplate } from '@shared/templates'

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

/**
 * "Tambah hari": the calendar day after the last day (the start date when none is usable yet),
 * and the forum's end date moved out to it, so the added day is valid without two more fields.
 */
export function proposeNextDay(values: Pick<ForumFormValues, 'startDate' | 'endDate' | 'days'>) {
  const last = values.days.at(-1)?.date
  const date = last && isValidIsoDate(last) ? addDaysIso(last, 1) : values.startDate
  const endDate =
    isValidIsoDate(date) && (!isValidIsoDate(values.endDate) || values.endDate < date)
      ? date
      : values.endDate
  return { day: newForumDay(date), endDate }
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

/** The form with a template's kind, method, category, purpose and legal basis put in. */
export function withTemplate(values: ForumFormValues, template: ForumTemplate): ForumFormValues {
  return { ...values, ...templateFields(template, values.topic ?? '') }
}
