import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { bytesToDataUrl } from '@shared/bytes'
import { readImageInfo } from '@shared/documents/png'
import { ERROR_CODES } from '@shared/ipc/contract'
import { getPlatform } from '../../platform/bridge'
import { PlatformError } from '../../platform/errors'
import { useErrorText } from '../../ui/errors'

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024

/** The regional emblem for the kop surat, kept inline as a PNG/JPEG data URL. */
export function EmblemInput(props: {
  value: string | undefined
  onChange: (value: string | undefined) => void
}) {
  const { t } = useTranslation('settings')
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const [error, setError] = useState<string | null>(null)

  async function choose() {
    setError(null)
    let file
    try {
      ;({ file } = await getPlatform().openFile({
        filters: [{ name: t('profile.emblem'), extensions: ['png', 'jpg', 'jpeg'] }],
        maxBytes: MAX_EMBLEM_BYTES,
      }))
    } catch (failure) {
      const tooLarge = failure instanceof PlatformError && failure.code === ERROR_CODES.fileTooLarge
      return setError(tooLarge ? tc('errors.image_too_large') : errorText(failure))
    }
    if (!file) return
    // Judged by its bytes, by the same reader that places it in the kop surat of every document.
    const image = readImageInfo(file.bytes)
    if (!image) return setError(tc('errors.image'))
    const mime = image.type === 'png' ? 'image/png' : 'image/jpeg'
    if (file.bytes.byteLength > MAX_EMBLEM_BYTES) return setError(tc('errors.image_too_large'))
    props.onChange(bytesToDataUrl(file.bytes, mime))
  }

  return (
    <div className="emblem">
      <span className="field__label">{t('profile.emblem')}</span>
      {props.value ? (
        <img src={props.value} alt={t('profile.emblemAlt')} className="emblem__image" />
      ) : (
        <span className="hint">{t('profile.emblemNone')}</span>
      )}
      <button type="button" onClick={() => void choose()} data-testid="emblem-choose">
        {t('profile.emblemChoose')}
      </button>
      {props.value && (
        <button type="button" className="button--quiet" onClick={() => props.onChange(undefined)}>
          {t('profile.emblemRemove')}
        </button>
      )}
      {error && (
        <small className="field__error" role="alert">
          {error}
        </small>
      )}
    </div>
  )
}
