import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  COACHING_CRITERIA,
  emptyCriteria,
  innovationCategorySchema,
  type CoachingReview,
} from '@shared/coaching'
import type { Forum } from '@shared/domain'
import { coachingFeedbackDocx, coachingFeedbackSheet } from '@shared/documents/coaching-feedback'
import { Field } from '../../ui/form'
import { useErrorText } from '../../ui/errors'
import { useLiveQuery, useRepositories, type CoachingReviewFields } from '../../db'
import { fileContext, getPlatform } from '../../platform/bridge'
import { useOrganisationProfile } from './hooks'

const DOCX_FILTERS = [{ name: 'Word', extensions: ['docx'] }]

function blankReview(): CoachingReviewFields {
  return {
    innovator: '',
    innovationTitle: '',
    category: 'pelayanan_langsung',
    presenter: '',
    coach: '',
    criteria: emptyCriteria(),
  }
}

/** A coaching clinic's reviews: one per innovator, each printed as its own feedback sheet. */
export function CoachingPanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forums')
  const errorText = useErrorText()
  const { coaching } = useRepositories()
  const profile = useOrganisationProfile()
  const reviews = useLiveQuery(() => coaching.list(forum.id), [coaching, forum.id])
  const [editing, setEditing] = useState<{ id?: string; fields: CoachingReviewFields } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function run(action: () => Promise<void>) {
    setNotice(null)
    try {
      await action()
    } catch (error) {
      setNotice(errorText(error))
    }
  }

  const download = (review: CoachingReview) =>
    run(async () => {
      if (!profile) return
      const model = coachingFeedbackSheet(profile, forum, review)
      await getPlatform().saveFile({
        suggestedName: `${model.title}.docx`,
        bytes: await coachingFeedbackDocx(profile, forum, review),
        filters: DOCX_FILTERS,
      })
    })

  return (
    <section className="card" aria-labelledby="coaching-title" data-testid="coaching">
      <h2 id="coaching-title">{t('coaching.title')}</h2>
      <p className="hint">{t('coaching.intro', { context: fileContext() })}</p>
      {reviews?.length === 0 && <p>{t('coaching.empty')}</p>}
      <ul>
        {reviews?.map((review) => (
          <li key={review.id} data-testid="coaching-review">
            <strong>{review.innovator}</strong> — {review.innovationTitle}{' '}
            <button type="button" disabled={!profile} onClick={() => void download(review)}>
              {t('coaching.download', { context: fileContext() })}
            </button>
            <button type="button" onClick={() => setEditing({ id: review.id, fields: review })}>
              {t('coaching.edit')}
            </button>
            <button
              type="button"
              className="button--quiet"
              onClick={() => void run(() => coaching.remove(forum.id, review.id))}
            >
              {t('coaching.remove', { name: review.innovator })}
            </button>
          </li>
        ))}
      </ul>
      {notice && <p role="status">{notice}</p>}
      {editing ? (
        <ReviewForm
          key={editing.id ?? 'new'}
          initial={editing.fields}
          onSave={(fields) =>
            run(async () => {
              const saved = await coaching.save(forum.id, fields, editing.id)
              setEditing(null)
              setNotice(t('coaching.saved', { name: saved.innovator }))
            })
          }
        />
      ) : (
        <button type="button" onClick={() => setEditing({ fields: blankReview() })}>
          {t('coaching.add')}
        </button>
      )}
    </section>
  )
}

function ReviewForm(props: {
  initial: CoachingReviewFields
  onSave: (fields: CoachingReviewFields) => Promise<void>
}) {
  const { t } = useTranslation('forums')
  const [fields, setFields] = useState(props.initial)
  const text = (key: 'innovator' | 'innovationTitle' | 'presenter' | 'coach') => (
    <Field label={t(`coaching.${key}`)}>
      {(control) => (
        <input
          {...control}
          value={fields[key]}
          onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        />
      )}
    </Field>
  )
  return (
    <form
      className="form"
      data-testid="coaching-form"
      onSubmit={(event) => {
        event.preventDefault()
        void props.onSave(fields)
      }}
    >
      <div className="grid grid--2">
        {text('innovator')}
        {text('innovationTitle')}
        <Field label={t('coaching.category')}>
          {(control) => (
            <select
              {...control}
              value={fields.category}
              onChange={(e) =>
                setFields({ ...fields, category: innovationCategorySchema.parse(e.target.value) })
              }
            >
              {innovationCategorySchema.options.map((category) => (
                <option key={category} value={category}>
                  {t(`coaching.categories.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('presenter')}
        {text('coach')}
      </div>
      {COACHING_CRITERIA.map((criterion) => (
        <fieldset key={criterion}>
          <legend>{t(`coaching.criteria.${criterion}`)}</legend>
          <div className="grid grid--2">
            {(['note', 'recommendation'] as const).map((part) => (
              <Field key={part} label={t(`coaching.${part}`)}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    value={fields.criteria[criterion][part]}
                    onChange={(e) =>
                      setFields({
                        ...fields,
                        criteria: {
                          ...fields.criteria,
                          [criterion]: { ...fields.criteria[criterion], [part]: e.target.value },
                        },
                      })
                    }
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button--primary">
        {t('coaching.save')}
      </button>
    </form>
  )
}
