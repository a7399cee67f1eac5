import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/numbers'
import { judgeDrop, type DropRules } from './dropped-files'

export interface DroppedFile {
  name: string
  bytes: Uint8Array
}

interface DropZoneProps extends DropRules {
  /** The expected kind, as the refusal names it ("XLSX atau CSV"). */
  kind: string
  /** Receives the files only when every one fits the rules. */
  onFiles: (files: DroppedFile[]) => unknown
  disabled?: boolean
  testId?: string
  /** The zone's own controls: the file button stays the way in for keyboard and pointer alike. */
  children: ReactNode
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files')
}

/**
 * Files dropped from the desktop onto a screen. It only hands bytes to the same step the file
 * button feeds; a file that does not fit is refused with a message naming the expected kind, and
 * nothing reaches the screen's handler.
 */
export function DropZone({
  kind,
  onFiles,
  disabled = false,
  testId,
  children,
  ...rules
}: DropZoneProps) {
  const { t } = useTranslation()
  const [over, setOver] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  // Entering a child fires dragleave on the parent: count, so the highlight does not flicker.
  const depth = useRef(0)

  function enter(event: DragEvent) {
    if (disabled || !carriesFiles(event)) return
    event.preventDefault()
    depth.current += 1
    setOver(true)
  }

  function leave() {
    depth.current = Math.max(0, depth.current - 1)
    if (depth.current === 0) setOver(false)
  }

  async function drop(event: DragEvent) {
    event.preventDefault()
    event.stopPropagation()
    depth.current = 0
    setOver(false)
    if (disabled) return
    const files = Array.from(event.dataTransfer.files)
    const verdict = judgeDrop(files, rules)
    if (!verdict.ok) {
      setRefusal(
        verdict.reason === 'wrong_kind' || verdict.reason === 'too_large'
          ? t(`dropZone.${verdict.reason}`, {
              name: verdict.name,
              kind,
              mb: formatNumber((rules.maxBytes ?? 0) / 1024 / 1024),
            })
          : t(`dropZone.${verdict.reason}`, { kind }),
      )
      return
    }
    setRefusal(null)
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    )
    await onFiles(read)
  }

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      data-testid={testId}
      data-over={over || undefined}
      onDragEnter={enter}
      onDragOver={(event) => {
        if (disabled || !carriesFiles(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
      }}
      onDragLeave={leave}
      onDrop={(event) => void drop(event)}
    >
      {children}
      <p className="hint drop-zone__hint">{t('dropZone.hint', { kind })}</p>
      {refusal && (
        <p className="banner banner--error" role="alert" data-testid="drop-refusal">
          {refusal}
        </p>
      )}
    </div>
  )
}

/**
 * A file dropped beside every zone would make the browser (or Electron's window) open it in
 * place of the app: refuse such drops once for the whole page.
 */
export function useStrayDropGuard(): void {
  useEffect(() => {
    const refuse = (event: Event) => event.preventDefault()
    window.addEventListener('dragover', refuse)
    window.addEventListener('drop', refuse)
    return () => {
      window.removeEventListener('dragover', refuse)
      window.removeEventListener('drop', refuse)
    }
  }, [])
}
