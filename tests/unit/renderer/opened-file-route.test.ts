import { describe, expect, it } from 'vitest'
import { backupKindOf, MAGIC, writeBackupFile } from '@shared/backup'
import { openedFileTarget } from '../../../src/renderer/src/features/data-safety/opened-file-route'
import { fixtureTables, META } from '../backup/fixture'

describe('a .mufakat handed over by the desktop', () => {
  it('goes to the forum-import preview when its manifest says it is a forum package', async () => {
    const tables = fixtureTables()
    const forum = (tables.forums as { id: string; title: string }[])[0]!
    const file = await writeBackupFile(tables, {
      ...META,
      kind: 'forum',
      forum: { id: forum.id, title: forum.title },
    })
    expect(backupKindOf(file)).toBe('forum')
    expect(openedFileTarget(file)).toBe('exchange')
  })

  it('goes to the restore preview when it is a whole backup, even an encrypted one', async () => {
    const file = await writeBackupFile(fixtureTables(), META, {
      passphrase: 'rahasia kantor',
      iterations: 1_000,
    })
    expect(backupKindOf(file)).toBe('full')
    expect(openedFileTarget(file)).toBe('restore')
  })

  it('goes to the restore preview, which explains the refusal, when it is no Mufakat file', () => {
    const notOurs = new TextEncoder().encode('PK\u0003\u0004 a zip, not a backup')
    expect(backupKindOf(notOurs)).toBeNull()
    expect(openedFileTarget(notOurs)).toBe('restore')
    const cutShort = new Uint8Array([...MAGIC, 0, 0])
    expect(backupKindOf(cutShort)).toBeNull()
  })
})
