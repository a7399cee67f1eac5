// What other features and app/ may use of forums; everything else here is private to it.
export { ForumListPage } from './ForumListPage'
export { ForumFormPage } from './ForumFormPage'
export { ForumDetailPage } from './ForumDetailPage'
export { ForumLayout } from './ForumLayout'
export { ForumHeaderActions, useHiddenForumSections } from './forum-header'
export { useCurrentForum } from './current-forum'
export { useForum, useOrganisationProfile } from './hooks'
