import { Outlet, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useForum } from './hooks'
import type { ForumOutletContext } from './current-forum'

/**
 * The frame of /forums/:forumId and its sections: the forum is loaded once here, loading and
 * not-found are answered here, and each section page receives a forum that exists.
 */
export function ForumLayout() {
  const { forumId } = useParams()
  const { t } = useTranslation('forums')
  const { t: tc } = useTranslation()
  const forum = useForum(forumId)
  if (forum === undefined) return <p>{tc('status.loading')}</p>
  if (forum === null) return <p role="alert">{t('detail.notFound')}</p>
  const context: ForumOutletContext = { forum }
  return <Outlet context={context} />
}
