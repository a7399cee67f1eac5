import { checkinCode } from '../participants/checkin-code'
import type { DocumentContext } from './context'
import { UNSUR_LABEL } from './labels'
import { bold, cell, p, type Cell, type DocumentModel, type ImageRef } from './model'
import { readImageInfo } from './png'
import { qrPng } from './qr'
import { titleBlock } from './parts'
import { invitedInPrintOrder } from './blank-attendance'

/** The QR code of an invitee's check-in code, as the desk's USB scanner or webcam reads it. */
export function checkinQr(participantId: string): ImageRef {
  const bytes = qrPng(checkinCode(participantId), 6, 2)
  const info = readImageInfo(bytes)
  if (!info) throw new Error('checkinQr: the QR image could not be read back')
  return { bytes, ...info }
}

const TAGS_PER_ROW = 2
const TAG_QR_CM = 3

/**
 * Kartu peserta: a name tag per invitee, two to a row for cutting out, with the QR code that checks
 * them in at the desk in one scan. Printed before the forum, in the daftar hadir's order.
 */
export function kartuPeserta(ctx: DocumentContext): DocumentModel {
  const people = new Map(ctx.people.map((person) => [person.id, person]))
  const tags: Cell[] = invitedInPrintOrder(ctx.participants).map((participant) => {
    const person = people.get(participant.personId)
    const detail = [person?.position, person?.institution].filter(Boolean).join(', ')
    return cell(
      [
        p(ctx.forum.title, { align: 'center', size: 'small' }),
        bold(person?.name ?? '', { align: 'center', size: 'large' }),
        p(detail, { align: 'center', size: 'small' }),
        p(UNSUR_LABEL[participant.unsur], { align: 'center', size: 'small' }),
      ],
      {
        image: { ref: checkinQr(participant.id), widthCm: TAG_QR_CM, maxHeightCm: TAG_QR_CM },
      },
    )
  })
  const rows: Cell[][] = []
  for (let i = 0; i < tags.length; i += TAGS_PER_ROW) {
    const row = tags.slice(i, i + TAGS_PER_ROW)
    while (row.length < TAGS_PER_ROW) row.push(cell(''))
    rows.push(row)
  }
  return {
    kind: 'undangan',
    title: 'Kartu Peserta',
    nomor: '',
    blocks: [
      ...titleBlock(['Kartu Peserta', ctx.forum.title]),
      p('Tunjukkan kode QR pada kartu ini di meja registrasi untuk mengisi daftar hadir.', {
        align: 'center',
        size: 'small',
        spaceAfter: true,
      }),
      {
        type: 'table',
        widths: [1, 1],
        header: [],
        rows,
        borders: true,
        rowsCantSplit: true,
      },
    ],
  }
}
