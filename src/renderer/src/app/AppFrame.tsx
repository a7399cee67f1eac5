import { useEffect, useRef, type RefObject } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './LanguageSwitch'
import { useOverdueCount } from '../features/follow-up'

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/forums', key: 'nav.forums', end: false },
  { to: '/people', key: 'participants:registryNav', end: false },
  { to: '/follow-up', key: 'nav.followUp', end: false },
  { to: '/verify', key: 'documents:navVerify', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
  { to: '/help', key: 'help:nav', end: false },
] as const

export function AppFrame() {
  const { t } = useTranslation()
  const overdue = useOverdueCount()
  const main = useRef<HTMLElement>(null)
  useFocusHeadingOnNavigation(main)
  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="frame__header">
        <span className="frame__brand">{t('app.name')}</span>
        <nav aria-label={t('nav.main')}>
          <ul className="frame__nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.key)}
                  {item.to === '/follow-up' && overdue > 0 && (
                    <span className="nav-badge" data-testid="nav-overdue-badge">
                      <span aria-hidden="true">{overdue}</span>
                      <span className="visually-hidden">
                        {t('followUp:reminder.badge', { count: overdue })}
                      </span>
                    </span>
                  )}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" ref={main} className="frame__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}

/**
 * After a navigation, focus goes to the new page's heading, so a screen reader says where the user
 * is and Tab starts from the page, not from a menu (the forum's section menu included). A page
 * that placed focus itself (the check-in search) keeps it. The heading may arrive after the page's
 * data, hence the observer.
 */
function useFocusHeadingOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  const firstPath = useRef(pathname)
  useEffect(() => {
    const root = main.current
    if (!root || pathname === firstPath.current) return
    firstPath.current = ''
    const focusHeading = () => {
      const active = document.activeElement
      if (active && active !== root && root.contains(active) && !active.closest('nav')) return true
      const heading = root.querySelector('h1')
      if (!heading) return false
      heading.tabIndex = -1
      heading.focus()
      return true
    }
    if (focusHeading()) return
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect()
    })
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [main, pathname])
}
