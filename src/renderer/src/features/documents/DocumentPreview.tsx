import { useMemo } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type {
  Block,
  Cell,
  DocumentModel,
  DocumentStyle,
  ImageRef,
  ParagraphBlock,
  SignatureSlot,
} from '@shared/documents'
import { printPageCss } from '@shared/documents'
import { bytesToDataUrl } from '@shared/bytes'

// A read-only rendering of the document model as HTML: the same blocks the DOCX is made of, so
// what the secretariat reads here is what the file states.

function imageUrl(ref: ImageRef): string {
  return bytesToDataUrl(ref.bytes, ref.type === 'png' ? 'image/png' : 'image/jpeg')
}

function Paragraph({ block }: { block: ParagraphBlock }) {
  const style = {
    textAlign: block.align ?? 'justify',
    textIndent: block.indent ? '2.5em' : undefined,
    marginLeft: `${(block.level ?? 0) * 1.5 + (block.label !== undefined ? 2 : 0)}em`,
    marginBottom: block.spaceAfter ? '0.6em' : 0,
    fontSize: block.size === 'small' || block.size === 'tiny' ? '0.85em' : undefined,
    breakBefore: block.pageBreakBefore ? 'page' : undefined,
  } as const
  return (
    <p className="doc-p" style={style}>
      {block.label !== undefined && <span className="doc-p__label">{block.label}</span>}
      {block.runs.map((run, index) => (
        <span
          key={index}
          style={{
            fontWeight: run.bold ? 700 : undefined,
            textDecoration: run.underline ? 'underline' : undefined,
            fontStyle: run.italic ? 'italic' : undefined,
          }}
        >
          {run.text}
        </span>
      ))}
    </p>
  )
}

function TableCellView({ cell, header }: { cell: Cell; header: boolean }) {
  const Tag = header ? 'th' : 'td'
  return (
    <Tag colSpan={cell.span} style={{ textAlign: cell.align }}>
      {cell.paragraphs.map((para, index) => (
        <Paragraph key={index} block={{ ...para, align: para.align ?? cell.align ?? 'left' }} />
      ))}
      {cell.image && <img className="doc-signature-thumb" src={imageUrl(cell.image.ref)} alt="" />}
    </Tag>
  )
}

function Slot({ slot, placeDate }: { slot: SignatureSlot | null; placeDate: string | null }) {
  return (
    <div className="doc-slot">
      {placeDate && <div>{placeDate}</div>}
      {slot && (
        <>
          {[...slot.heading, ...slot.position].map((line, i) => (
            <div key={i}>{line}</div>
          ))}
          <div className="doc-slot__space">
            {slot.signature && <img src={imageUrl(slot.signature)} alt="" />}
          </div>
          <div className="doc-slot__name">{slot.name}</div>
          {slot.rank && <div>{slot.rank}</div>}
          {slot.nip && <div>{slot.nip}</div>}
        </>
      )}
    </div>
  )
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph block={block} />
    case 'table':
      return (
        <table className={`doc-table${block.borders ? '' : ' doc-table--plain'}`}>
          <colgroup>
            {block.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            {block.header.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => (
                  <TableCellView key={j} cell={c} header />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => (
                  <TableCellView key={j} cell={c} header={false} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'signatures':
      return (
        <div className="doc-signatures">
          {block.rows.map((row, i) => {
            const placeDate = i === 0 && block.placeDate ? block.placeDate : null
            return row.length === 1 ? (
              <div key={i} className="doc-signatures__row doc-signatures__row--single">
                <Slot slot={row[0] ?? null} placeDate={placeDate} />
              </div>
            ) : (
              <div key={i} className="doc-signatures__row">
                <Slot slot={row[0] ?? null} placeDate={null} />
                <Slot slot={row[1] ?? null} placeDate={placeDate} />
              </div>
            )
          })}
        </div>
      )
    case 'photo':
      return (
        <figure className="doc-photo">
          <img src={imageUrl(block.image)} alt={block.caption} />
          <figcaption>{block.caption}</figcaption>
        </figure>
      )
    case 'lampiran':
      return (
        <div className="doc-lampiran">
          {block.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )
  }
}

export function DocumentPreview({
  model,
  style,
  code,
}: {
  model: DocumentModel
  style: DocumentStyle
  /** The finalised document's verification code, printed in every page's footer; null: a draft. */
  code: string | null
}) {
  const { t } = useTranslation('documents')
  const emblem = style.emblemPng
  const contact = useMemo(
    () => [style.phone, style.email, style.website].filter(Boolean).join(' · '),
    [style.phone, style.email, style.website],
  )
  const font = `'${style.font}', 'Liberation Sans', sans-serif`
  const sheet = (
    <>
      <header className="doc-kop">
        {emblem ? <img src={emblem} alt="" className="doc-kop__emblem" /> : <span />}
        <div>
          {style.kopLines.map((line) => (
            <div key={line} className="doc-kop__line">
              {line}
            </div>
          ))}
          {style.address && <div className="doc-kop__small">{style.address}</div>}
          {contact && <div className="doc-kop__small">{contact}</div>}
        </div>
        <span />
      </header>
      {model.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  )
  return (
    <>
      <article
        className={`doc-preview doc-preview--${style.paper}`}
        aria-label={t('preview.label')}
        // A sheet taller than its frame scrolls by keyboard too.
        tabIndex={0}
        style={{ fontFamily: font }}
        data-testid="document-preview"
      >
        {sheet}
      </article>
      {/* What printing (Cetak, PDF) puts on paper: the same sheet straight under <body>, so it
          flows over pages, with the profile's paper, page numbers and footer from @page. */}
      {createPortal(
        <div
          className="doc-print"
          aria-hidden="true"
          style={{ fontFamily: font, fontSize: `${style.fontSizePt}pt` }}
        >
          <style>{printPageCss(style, code)}</style>
          {sheet}
        </div>,
        document.body,
      )}
    </>
  )
}
