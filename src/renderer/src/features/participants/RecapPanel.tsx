import { useTranslation } from 'react-i18next'
import { UNSUR_MASYARAKAT } from '@shared/domain'
import type { Recap } from '@shared/participants'

/** Live totals of one day; for a forum PEKPPP scores, the unsur score and a warning below four. */
export function RecapPanel({
  recap,
  perDay,
}: {
  recap: Recap
  /** Present per day of the forum; shown when the forum has several days. */
  perDay: { label: string; count: number }[]
}) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const missing = UNSUR_MASYARAKAT.filter((u) => !recap.distinctUnsur.includes(u))
  return (
    <section className="card participants-recap" data-testid="recap" aria-labelledby="recap-title">
      <h2 id="recap-title">{t('recap.title')}</h2>
      {recap.total === 0 && <p className="hint">{t('recap.none')}</p>}
      <dl className="facts">
        <dt>{t('recap.total')}</dt>
        <dd data-testid="recap-total">{recap.total}</dd>
        <dt>{t('recap.masyarakat')}</dt>
        <dd data-testid="recap-masyarakat">{recap.masyarakat}</dd>
        <dt>{t('recap.penyelenggara')}</dt>
        <dd data-testid="recap-penyelenggara">{recap.penyelenggara}</dd>
        <dt>{t('recap.male')}</dt>
        <dd data-testid="recap-male">{recap.byGender.L}</dd>
        <dt>{t('recap.female')}</dt>
        <dd data-testid="recap-female">{recap.byGender.P}</dd>
        <dt>{t('recap.disability')}</dt>
        <dd data-testid="recap-disability">{recap.disability}</dd>
      </dl>
      {perDay.length > 1 && (
        <>
          <h3>{t('recap.perDay')}</h3>
          <table className="table" data-testid="recap-per-day">
            <tbody>
              {perDay.map((day) => (
                <tr key={day.label}>
                  <th scope="row">{day.label}</th>
                  <td>{day.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('recap.byUnsur')}</h3>
      <table className="table">
        <tbody>
          {UNSUR_MASYARAKAT.map((unsur) => (
            <tr key={unsur} data-testid={`recap-unsur-${unsur}`}>
              <th scope="row">{tc(`enums.unsur.${unsur}`)}</th>
              <td>{recap.byUnsur[unsur]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="recap-distinct">
        {t('recap.distinct', { count: recap.distinctUnsur.length })}
      </p>
      {recap.scored && (
        <p className="participants-score" data-testid="recap-score" data-score={recap.score}>
          {t('recap.score', { score: recap.score })}
        </p>
      )}
      {recap.warning && (
        <p className="banner banner--error" role="alert" data-testid="recap-warning">
          {t('recap.warning', {
            count: recap.distinctUnsur.length,
            missing: missing.map((u) => tc(`enums.unsur.${u}`)).join(', '),
          })}
        </p>
      )}
      {recap.byInstitution.length > 0 && (
        <>
          <h3>{t('recap.byInstitution')}</h3>
          <table className="table" data-testid="recap-institutions">
            <tbody>
              {recap.byInstitution.slice(0, 15).map((row) => (
                <tr key={row.institution}>
                  <th scope="row">{row.institution}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
