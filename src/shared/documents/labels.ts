import { unsurSchema, type ForumKind, type IssueType, type Unsur } from '../domain/enums'
import { toRoman } from '../format/roman'
import common from '../i18n/locales/id/common.json'

// Documents are always written in Indonesian, whatever language the screens use, and with the same
// labels the Indonesian screens show: one dictionary, so the two cannot drift apart.

export const UNSUR_LABEL: Readonly<Record<Unsur, string>> = common.enums.unsur

/** The order the daftar hadir and the recap list the unsur in. */
export const UNSUR_ORDER: readonly Unsur[] = unsurSchema.options

export const ISSUE_TYPE_LABEL: Readonly<Record<IssueType, string>> = common.enums.issueType

export const FORUM_KIND_LABEL: Readonly<Record<ForumKind, string>> = common.enums.forumKind

/** "I" for the first lampiran. */
export function romanLampiran(index: number): string {
  return toRoman(index + 1)
}
