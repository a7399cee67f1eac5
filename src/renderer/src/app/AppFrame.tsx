import { NavLink, Outlet } from 'react-router'
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
] as const

export function AppFrame() {
  const { t } = useTranslation()
  const overdue = useOverdueCount()
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
      <main id="main" className="frame__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
