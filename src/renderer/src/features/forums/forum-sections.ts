/**
 * The sections under /forums/:forumId/<path>, in the order of a forum's life: participants and
 * check-in, the live room, documents. Each feature adds its entry here and its route under
 * ForumLayout in app/App.tsx.
 */
export interface ForumSection {
  path: string
  /** i18n key, namespaced: "participants:nav". */
  labelKey: string
  /** The heading of the section's page, namespaced: "participants:title". */
  titleKey: string
}

export const FORUM_SECTIONS: ForumSection[] = [
  { path: 'participants', labelKey: 'participants:nav', titleKey: 'participants:title' },
  { path: 'checkin', labelKey: 'checkin:nav', titleKey: 'checkin:title' },
  { path: 'agenda', labelKey: 'agenda:nav', titleKey: 'agenda:title' },
  { path: 'live', labelKey: 'live:nav', titleKey: 'live:title' },
  { path: 'documents', labelKey: 'documents:nav', titleKey: 'documents:title' },
]
