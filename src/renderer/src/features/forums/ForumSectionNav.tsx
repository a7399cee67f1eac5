import { NavLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import { FORUM_SECTIONS } from './forum-sections'

/** The rooms of one forum; each capability registers its own section in forum-sections.ts. */
export function ForumSectionNav({ forumId }: { forumId: string }) {
  const { t } = useTranslation()
  return (
    <nav className="section-nav" aria-label={t('forums:detail.overview')}>
      <NavLink to={`/forums/${forumId}`} end>
        {t('forums:detail.overview')}
      </NavLink>
      {FORUM_SECTIONS.map((section) => (
        <NavLink key={section.path} to={`/forums/${forumId}/${section.path}`}>
          {t(section.labelKey)}
        </NavLink>
      ))}
    </nav>
  )
}
