import type { Bytes } from '@shared/bytes'
import type { GeneratedDocument } from '@shared/domain'
import {
  allDocuments,
  draftDocx,
  evidencePackFiles,
  finalDocx,
  zipFiles,
  type DocumentContext,
} from '@shared/documents'

/**
 * The evidence pack: each document as finalised when a finalised record states exactly the same
 * (so it carries its code), otherwise as a draft; plus the forum's photos.
 */
export async function buildEvidencePack(
  context: DocumentContext,
  finalised: GeneratedDocument[],
): Promise<{ bytes: Bytes; count: number }> {
  const hashes = new Set(finalised.map((d) => d.hash))
  const documents = []
  for (const built of allDocuments(context)) {
    const draft = await draftDocx(built.model, context.organisation)
    const bytes = hashes.has(draft.hash)
      ? (await finalDocx(built.model, context.organisation)).bytes
      : draft.bytes
    documents.push({ built, bytes })
  }
  const files = evidencePackFiles(documents, context.photos)
  return { bytes: zipFiles(files), count: files.length }
}
