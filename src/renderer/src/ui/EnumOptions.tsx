import { useTranslation } from 'react-i18next'

/** The <option>s of a domain enum, labelled from common.json (`labels` = "enums.forumKind"). */
export function EnumOptions({ values, labels }: { values: readonly string[]; labels: string }) {
  const { t } = useTranslation()
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {t(`${labels}.${value}`)}
        </option>
      ))}
    </>
  )
}
