/**
 * The sections under /forums/:forumId/<path>, in the order of a forum's life: participants and
 * check-in, the live room, documents. Each feature adds its entry here and its route under
 * ForumLayout in app/App.tsx.
 */
export interface ForumSection {
  path: string
  /** i18n key, namespaced: "participants:nav". */
  labelKey: string
}

export const FORUM_SECTIONS: ForumSection[] = [
  { path: 'participants', labelKey: 'participants:nav' },
  { path: 'checkin', labelKey: 'checkin:nav' },
  { path: 'agenda', labelKey: 'agenda:nav' },
  { path: 'live', labelKey: 'live:nav' },
  { path: 'documents', labelKey: 'documents:nav' },
]
