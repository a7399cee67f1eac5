import { useEffect, useRef } from 'react'
import { backupKindOf } from '@shared/backup'
import { receiveOpenedFiles, type OpenedFile } from '../../platform/opened-file'

/** The section of the data-safety page that previews a handed-over `.mufakat`. */
export type OpenedFileTarget = 'restore' | 'exchange'

/**
 * A forum's exchange package goes to the import preview; anything else to the restore preview,
 * which also explains a file it cannot read. Neither acts before the user says yes.
 */
export function openedFileTarget(bytes: Uint8Array): OpenedFileTarget {
  return backupKindOf(bytes) === 'forum' ? 'exchange' : 'restore'
}

const sections = new Map<OpenedFileTarget, (file: OpenedFile) => void>()

/** A section's side: it is handed the files of its kind while it is mounted. */
export function useOpenedFileFor(target: OpenedFileTarget, onFile: (file: OpenedFile) => void) {
  const latest = useRef(onFile)
  useEffect(() => {
    latest.current = onFile
  })
  useEffect(() => {
    const deliver = (file: OpenedFile) => latest.current(file)
    sections.set(target, deliver)
    return () => {
      if (sections.get(target) === deliver) sections.delete(target)
    }
  }, [target])
}

/**
 * The page's side. Children's effects run first, so the sections listen before a file that
 * waited is delivered.
 */
export function useOpenedFileRouting() {
  useEffect(
    () =>
      receiveOpenedFiles((file) => {
        const target = openedFileTarget(file.bytes)
        sections.get(target)?.(file)
        document.getElementById(`${target}-title`)?.scrollIntoView({ block: 'start' })
      }),
    [],
  )
}
