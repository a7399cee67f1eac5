import { useTranslation } from 'react-i18next'
import { ValidationError } from '../../db'

/** A repository or platform error as one sentence in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('participants')
  return (error) => {
    if (error instanceof ValidationError) {
      return error.problems
        .map((problem) =>
          t(`errors.${problem.code}`, {
            defaultValue: t(`checkin:errors.${problem.code}`, {
              defaultValue: `${problem.path}: ${t(`common:errors.${problem.code}`, { defaultValue: problem.code })}`,
            }),
          }),
        )
        .join(' ')
    }
    return error instanceof Error ? error.message : String(error)
  }
}
