import type { DocumentImage } from '../domain/records'
import type { DocxReadError } from './docx-reader'
import { DOCX_LIMITS } from './docx-reader'
import type { Finding, Verdict } from './verdict'

// Verdicts and findings as dictionary keys (namespace "documents") and their values: the page
// translates them, and a test reads them in Indonesian exactly as a checker does.

export interface Message {
  key: string
  values?: Record<string, string | number>
}

export function verdictHeadline(verdict: Verdict): Message {
  switch (verdict.kind) {
    case 'identical':
      return { key: 'verify.identical' }
    case 'sameWording':
      return {
        key: verdict.legacy ? 'verify.sameWordingLegacy' : 'verify.sameWording',
        values: { code: verdict.document.code },
      }
    case 'different':
      return { key: 'verify.different', values: { code: verdict.document.code } }
    case 'unknown':
      return { key: 'verify.unknown' }
  }
}

function imageMessage(kind: string, image: DocumentImage['kind'], label: string): Message {
  return { key: `verify.finding.${kind}.${image}`, values: { label } }
}

export function findingMessage(finding: Finding): Message {
  switch (finding.kind) {
    case 'hiddenText':
    case 'pageColourText':
    case 'tinyText':
      return { key: `verify.finding.${finding.kind}`, values: { text: finding.text } }
    case 'trackedChanges':
    case 'comments':
    case 'footnotes':
    case 'embeddedObjects':
      return { key: `verify.finding.${finding.kind}`, values: { count: finding.count } }
    case 'headersFootersChanged':
      return { key: 'verify.finding.headersFootersChanged' }
    case 'imageReplaced':
    case 'imageAdded':
    case 'imageRemoved':
      return imageMessage(finding.kind, finding.image, finding.label)
  }
}

export function readErrorMessage(error: Pick<DocxReadError, 'problem' | 'entry'>): Message {
  return {
    key: `verify.refused.${error.problem}`,
    values: {
      entry: error.entry ?? '',
      limit: Math.round(DOCX_LIMITS.entryBytes / 1024 / 1024),
      total: Math.round(DOCX_LIMITS.totalBytes / 1024 / 1024),
    },
  }
}
