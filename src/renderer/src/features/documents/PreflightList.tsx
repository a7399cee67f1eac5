import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { PreflightProblem } from '@shared/documents'

/** Where each problem is fixed: another room of the forum, or a panel of this page. */
function fixLink(forumId: string, problem: PreflightProblem): string {
  switch (problem.fix) {
    case 'participants':
      return `/forums/${forumId}/participants`
    case 'actions':
      return `/forums/${forumId}/live`
    case 'settings':
      return '/settings'
    case 'signatories':
      return `/forums/${forumId}/documents#signatories`
    case 'photos':
      return `/forums/${forumId}/documents#photos`
  }
}

export function PreflightList({
  forumId,
  problems,
}: {
  forumId: string
  problems: PreflightProblem[]
}) {
  const { t } = useTranslation('documents')
  const { t: tc } = useTranslation()
  return (
    <section className="card" aria-labelledby="preflight-title" data-testid="preflight">
      <h2 id="preflight-title">{t('preflight.title')}</h2>
      {problems.length === 0 ? (
        <p className="banner banner--ok">{t('preflight.ok')}</p>
      ) : (
        <ul className="preflight-list">
          {problems.map((problem, index) => {
            const params = { ...problem.params }
            if (typeof params.role === 'string')
              params.role = tc(`enums.signatoryRole.${params.role}`)
            const target = fixLink(forumId, problem)
            const hash = target.indexOf('#')
            return (
              <li key={index} data-testid="preflight-problem" data-code={problem.code}>
                <span>{t(`preflight.${problem.code}`, params)}</span>
                {hash >= 0 ? (
                  <a
                    href={`#${target.slice(hash + 1)}`}
                    onClick={(event) => {
                      event.preventDefault()
                      document.getElementById(target.slice(hash + 1))?.scrollIntoView()
                    }}
                  >
                    {t('preflight.fix')}
                  </a>
                ) : (
                  <Link to={target}>{t('preflight.fix')}</Link>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
