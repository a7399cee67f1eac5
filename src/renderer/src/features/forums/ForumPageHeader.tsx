import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentForum } from './current-forum'
import { ForumSectionNav } from './ForumSectionNav'

interface ForumPageHeaderProps {
  title: ReactNode
  /** Above the title; the forum's title unless the page says otherwise. */
  eyebrow?: ReactNode
  /** The page's own buttons and controls, at the header's end. */
  actions?: ReactNode
  /** False for the check-in desk's tablet mode, which keeps only the big controls on screen. */
  showSections?: boolean
}

/** The header every forum section shares: eyebrow, title, the page's actions, the section nav. */
export function ForumPageHeader({
  title,
  eyebrow,
  actions,
  showSections = true,
}: ForumPageHeaderProps) {
  const forum = useCurrentForum()
  const { t } = useTranslation('forums')
  return (
    <>
      <div className="page__header">
        <div>
          <p className="eyebrow">{eyebrow ?? forum.title}</p>
          <h1>{title}</h1>
        </div>
        {actions}
      </div>
      {forum.archived && <p className="banner">{t('detail.archivedNotice')}</p>}
      {showSections && <ForumSectionNav forumId={forum.id} />}
    </>
  )
}
