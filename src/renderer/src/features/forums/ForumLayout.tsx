import { useState } from 'react'
import { Outlet, useMatch, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Forum } from '@shared/domain'
import { useForum } from './hooks'
import type { ForumOutletContext } from './current-forum'
import { FORUM_SECTIONS } from './forum-sections'
import { ForumSectionNav } from './ForumSectionNav'

/** The overview names the forum under its kind; a section names itself under the forum. */
function useHeading(forum: Forum): { eyebrow: string; title: string } {
  const { t } = useTranslation()
  const path = useMatch('/forums/:forumId/:section/*')?.params.section
  const section = FORUM_SECTIONS.find((candidate) => candidate.path === path)
  if (section) return { eyebrow: forum.title, title: t(section.titleKey) }
  return {
    eyebrow: `${t(`enums.forumKind.${forum.kind}`)} · ${t(`enums.forumMethod.${forum.method}`)}`,
    title: forum.title,
  }
}

/**
 * The frame of /forums/:forumId and its sections: the forum is loaded once here, loading and
 * not-found are answered here, and the header and the section navigation are drawn here; each
 * section page receives a forum that exists and adds its own actions (ForumHeaderActions).
 */
export function ForumLayout() {
  const { forumId } = useParams()
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const forum = useForum(forumId)
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null)
  const [sectionsHidden, hideSections] = useState(false)
  if (forum === undefined) return <p>{tc('status.loading')}</p>
  if (forum === null) return <p role="alert">{t('detail.notFound')}</p>
  const context: ForumOutletContext = { forum, actionsSlot, hideSections }
  return (
    <>
      <ForumHeader forum={forum} slotRef={setActionsSlot} />
      {forum.archived && <p className="banner">{t('detail.archivedNotice')}</p>}
      {!sectionsHidden && <ForumSectionNav forumId={forum.id} />}
      <Outlet context={context} />
    </>
  )
}

function ForumHeader({
  forum,
  slotRef,
}: {
  forum: Forum
  /** Receives the element the page's ForumHeaderActions render into. */
  slotRef: (element: HTMLElement | null) => void
}) {
  const { eyebrow, title } = useHeading(forum)
  return (
    <div className="page__header">
      <div>
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
      </div>
      <div ref={slotRef} />
    </div>
  )
}
