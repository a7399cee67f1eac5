import { useTranslation } from 'react-i18next'
import './help.css'

/**
 * The manual's sections in the order of a forum, each with the screenshot that
 * scripts/help-screenshots.mjs takes of the sample forum (src/renderer/public/help/).
 */
const SECTIONS = [
  { id: 'prepare', image: 'forum.png' },
  { id: 'invitations', image: 'participants.png' },
  { id: 'checkin', image: 'checkin.png' },
  { id: 'live', image: 'live.png' },
  { id: 'projector', image: 'projector.png' },
  { id: 'agreements', image: 'agreements.png' },
  { id: 'documents', image: 'documents.png' },
  { id: 'followUp', image: 'follow-up.png' },
  { id: 'safety', image: null },
] as const

/** Bantuan: the offline manual, step by step from the invitation list to the follow-up (F1). */
export function HelpPage() {
  const { t } = useTranslation('help')
  let figure = 0
  return (
    <article className="page help" data-testid="help-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="hint">{t('sample')}</p>
      <nav aria-label={t('toc')}>
        <h2 className="help__toc-title">{t('toc')}</h2>
        <ol className="help__toc">
          {SECTIONS.map(({ id }) => (
            <li key={id}>
              {/* Hash routing: an in-page anchor would change the route, so scroll instead. */}
              <a
                href={`#help-${id}`}
                onClick={(event) => {
                  event.preventDefault()
                  document.getElementById(`help-${id}`)?.scrollIntoView({ block: 'start' })
                }}
              >
                {t(`sections.${id}.title`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map(({ id, image }) => {
        const steps = t(`sections.${id}.steps`, { returnObjects: true }) as string[]
        const number = image ? ++figure : 0
        return (
          <section key={id} id={`help-${id}`} aria-labelledby={`help-${id}-title`}>
            <h2 id={`help-${id}-title`}>{t(`sections.${id}.title`)}</h2>
            <ol className="help__steps">
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {image && (
              <figure className="help__figure">
                <img
                  src={`./help/${image}`}
                  alt={t(`sections.${id}.alt`)}
                  width={1000}
                  height={800}
                  loading="lazy"
                />
                <figcaption>
                  {t('figure', { number, caption: t(`sections.${id}.caption`) })}
                </figcaption>
              </figure>
            )}
          </section>
        )
      })}
    </article>
  )
}
