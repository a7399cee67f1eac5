import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

// LibreOffice, as a secretariat's printer would see a document. Only a missing soffice skips a
// test (CI installs it); each conversion gets three minutes, as a busy machine needs.

export function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Writes `bytes` as `<name>.docx` in `dir`, converts it and returns the PDF's path. */
export function docxToPdf(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, `${name}.docx`)
  writeFileSync(file, bytes)
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  )
  return join(dir, `${name}.pdf`)
}
