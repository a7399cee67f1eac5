import type { Block, Cell, DocumentModel, ParagraphBlock, SignatureSlot } from './model'

// The canonical text straight from the model, line for line what canonicalText() reads back from
// the rendered word/document.xml (renderer order: tables row by row and cell by cell; a signature
// row as its upper half, left then right, then its lower half). It lets finalising hash before
// rendering, so the DOCX is built once; finalDocx checks the two agree on every file it makes.

function clean(line: string): string {
  return line.replace(/\s+/g, ' ').trim()
}

function paragraphLine(block: ParagraphBlock): string {
  const text = block.runs.map((r) => r.text).join('')
  return block.label !== undefined ? `${block.label} ${text}` : text
}

function cellLines(cell: Cell): string[] {
  return cell.paragraphs.map(paragraphLine)
}

function slotTop(slot: SignatureSlot | null, placeDate: string | null): string[] {
  return [...(placeDate ? [placeDate] : []), ...(slot ? [...slot.heading, ...slot.position] : [])]
}

function slotBottom(slot: SignatureSlot | null): string[] {
  return slot ? [slot.name, slot.rank, slot.nip] : []
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraphLine(block)]
    case 'table':
      return [...block.header, ...block.rows].flatMap((row) => row.flatMap(cellLines))
    case 'signatures':
      return block.rows.flatMap((slots, index) => {
        const placeDate = index === 0 && block.placeDate ? block.placeDate : null
        if (slots.length === 1) {
          return [...slotTop(slots[0] ?? null, placeDate), ...slotBottom(slots[0] ?? null)]
        }
        const [left = null, right = null] = slots
        return [
          ...slotTop(left, null),
          ...slotTop(right, placeDate),
          ...slotBottom(left),
          ...slotBottom(right),
        ]
      })
    case 'photo':
      return [block.caption]
    case 'lampiran':
      return [...block.lines]
  }
}

export function modelCanonical(model: DocumentModel): string {
  return model.blocks.flatMap(blockLines).map(clean).filter(Boolean).join('\n')
}
