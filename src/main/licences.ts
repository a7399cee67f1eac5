import { z } from 'zod'

/**
 * The licences of the libraries Mufakat ships, generated at build time by scripts/licences.ts
 * into `out/main/licences.json` (never committed: it follows package-lock.json). Only zod here,
 * so the build script can take the file name and the entry's shape from this one place.
 */
export const LICENCES_FILE = 'licences.json'

export const bundledLicenceSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** The SPDX expression of the package's `license` field ("MIT", "MIT AND ISC"…). */
  license: z.string().min(1),
  /** The package's LICENSE (or COPYING) file, null when it ships none. */
  text: z.string().nullable(),
})
export type BundledLicence = z.infer<typeof bundledLicenceSchema>

export const licencesFileSchema = z.object({ libraries: z.array(bundledLicenceSchema) })

/** The list from the file's text; empty when the file is missing or not the generator's. */
export function parseLicencesFile(text: string | null): BundledLicence[] {
  if (text === null) return []
  try {
    const parsed = licencesFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data.libraries : []
  } catch {
    return []
  }
}
