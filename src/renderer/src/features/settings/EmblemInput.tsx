import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ERROR_CODES } from '@shared/ipc/contract'
import { getPlatform } from '../../platform/bridge'
import { PlatformError } from '../../platform/errors'

const MAX_EMBLEM_BYTES = 2 * 1024 * 1024

/** The regional emblem for the kop surat, kept inline as a PNG/JPEG data URL. */
export function EmblemInput(props: {
  value: string | undefined
  onChange: (value: string | undefined) => void
}) {
  const { t } = useTranslation('settings')
  const { t: tc } = useTranslation()
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
      return setError(tooLarge ? tc('errors.image_too_large') : String(failure))
    }
    if (!file) return
    const mime = sniffImageMime(file.bytes)
    if (!mime) return setError(tc('errors.image'))
    if (file.bytes.byteLength > MAX_EMBLEM_BYTES) return setError(tc('errors.image_too_large'))
    props.onChange(`data:${mime};base64,${toBase64(file.bytes)}`)
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

/** Judges the file by its first bytes, not its name. */
function sniffImageMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}
