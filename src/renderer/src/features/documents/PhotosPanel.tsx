import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ATTACHMENT_MAX_BYTES, type Attachment } from '@shared/domain'
import { bytesToDataUrl } from '@shared/bytes'
import { sniffEvidence } from '@shared/follow-up/evidence'
import { useRepositories } from '../../db'
import { getPlatform } from '../../platform/bridge'
import { DropZone, type DroppedFile } from '../../ui/DropZone'
import { prepareImage } from '../../ui/image-import'
import { KeepOriginal } from '../../ui/KeepOriginal'

const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png'] as const

/** The kind by the file's first bytes; anything else is left to the repository to refuse. */
function photoKind(bytes: Uint8Array): 'jpeg' | 'png' | null {
  const kind = sniffEvidence(bytes)
  return kind === 'jpeg' || kind === 'png' ? kind : null
}

/** Dated photos of the forum: the "Foto Kegiatan" evaluators ask for. */
export function PhotosPanel({
  forumId,
  photos,
  onError,
}: {
  forumId: string
  photos: Attachment[]
  onError: (error: unknown) => void
}) {
  const { t } = useTranslation('documents')
  const repositories = useRepositories()
  const [keepOriginal, setKeepOriginal] = useState(false)

  async function add() {
    try {
      const { file } = await getPlatform().openFile({
        filters: [{ name: 'Foto', extensions: [...PHOTO_EXTENSIONS] }],
        maxBytes: ATTACHMENT_MAX_BYTES,
      })
      if (file) await store([file])
    } catch (error) {
      onError(error)
    }
  }

  async function store(files: DroppedFile[]) {
    try {
      for (const file of files) {
        const kind = photoKind(file.bytes)
        const photo = kind
          ? await prepareImage(file, kind, keepOriginal)
          : {
              name: file.name,
              mime: 'application/octet-stream',
              bytes: new Uint8Array(file.bytes),
              takenOn: null,
            }
        await repositories.photos.add(forumId, { ...photo, caption: '' })
      }
    } catch (error) {
      onError(error)
    }
  }

  return (
    <section className="card" id="photos" aria-labelledby="photos-title" data-testid="photos">
      <h2 id="photos-title">{t('photos.title')}</h2>
      {photos.length === 0 && <p className="hint">{t('photos.empty')}</p>}
      {photos.map((photo) => (
        <PhotoRow key={photo.id} photo={photo} onError={onError} />
      ))}
      <DropZone
        accept={PHOTO_EXTENSIONS}
        kind={t('photos.dropKind')}
        maxBytes={ATTACHMENT_MAX_BYTES}
        multiple
        testId="photo-drop"
        onFiles={store}
      >
        <button type="button" className="button" onClick={() => void add()} data-testid="photo-add">
          {t('photos.add')}
        </button>
      </DropZone>
      <KeepOriginal checked={keepOriginal} onChange={setKeepOriginal} />
    </section>
  )
}

function PhotoRow({ photo, onError }: { photo: Attachment; onError: (error: unknown) => void }) {
  const { t } = useTranslation('documents')
  const { photos } = useRepositories()
  const [takenOn, setTakenOn] = useState(photo.takenOn ?? '')
  const [caption, setCaption] = useState(photo.caption)
  const url = useMemo(() => bytesToDataUrl(photo.bytes, photo.mime), [photo.bytes, photo.mime])

  async function run(action: () => Promise<unknown>) {
    try {
      await action()
    } catch (error) {
      onError(error)
    }
  }

  return (
    <div className="photo-row signatory" data-testid="photo">
      <img src={url} alt={photo.caption || photo.name} />
      <label>
        {t('photos.takenOn')}
        <input type="date" value={takenOn} onChange={(e) => setTakenOn(e.target.value)} />
      </label>
      <label>
        {t('photos.caption')}
        <input value={caption} onChange={(e) => setCaption(e.target.value)} />
      </label>
      <div className="documents-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() => photos.update(photo.id, { takenOn: takenOn || null, caption }))
          }
        >
          {t('photos.save')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void run(() => photos.remove(photo.id))}
        >
          {t('photos.remove')}
        </button>
      </div>
    </div>
  )
}
