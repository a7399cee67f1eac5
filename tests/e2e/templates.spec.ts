import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { ForumFormPage, forumIdIn } from './pages/forums'
import { LiveRoom } from './pages/live'
import { readFileSync } from 'node:fs'
import { BUILT_IN_TEMPLATES } from '../../src/shared/templates/templates'
import { readDocx } from '../../src/shared/documents/text'

const TEMPLATE_LABELS: Record<(typeof BUILT_IN_TEMPLATES)[number]['id'], string> = {
  fkp: 'Forum Konsultasi Publik (PermenPANRB 16/2017)',
  fgd: 'Focus Group Discussion',
  workshop: 'Workshop / Lokakarya',
  sosialisasi_luring: 'Sosialisasi luring (tatap muka)',
  sosialisasi_daring: 'Sosialisasi daring',
  coaching_clinic: 'Coaching Clinic Kompetisi Inovasi',
  public_hearing: 'Public Hearing',
}

function agendaTitles(page: Page) {
  return page.getByTestId('agenda-item').getByLabel('Nama acara')
}

/**
 * A new forum from the chosen template: the title, the place and the organiser (which the
 * organisation profile fills in once it is set) are typed; the agenda is not.
 */
async function createFromTemplate(page: Page, templateLabel: string, title: string) {
  await page.goto('./#/forums/new')
  const form = new ForumFormPage(page)
  await form.form().getByLabel('Templat forum').selectOption({ label: templateLabel })
  await form.form().getByLabel('Judul forum').fill(title)
  await form.day(0).getByLabel('Tempat').fill('Aula')
  await form.form().getByLabel('Penyelenggara', { exact: true }).fill('DPMPTSP Kota Kupang')
  await form.save()
  await expect(page.getByTestId('forum-detail')).toBeVisible()
  return forumIdIn(page.url())
}

test.describe('forum templates and copies', () => {
  test('a forum from each built-in template starts with that agenda', async ({ page }) => {
    test.setTimeout(90_000)
    await page.clock.setFixedTime(new Date('2026-03-09T08:00:00+08:00'))
    const room = new LiveRoom(page)
    for (const template of BUILT_IN_TEMPLATES) {
      const forumId = await createFromTemplate(page, TEMPLATE_LABELS[template.id], template.id)
      await room.openAgenda(forumId)
      await expect(agendaTitles(page)).toHaveCount(template.agenda.length)
      for (const [index, item] of template.agenda.entries()) {
        await expect(agendaTitles(page).nth(index)).toHaveValue(item.title)
      }
      // Back to back from the day's 09.00 start.
      await expect(page.getByTestId('agenda-item-time').first()).toHaveText(/^09\.00–/)
    }
    await page.goto('./#/forums')
    await expect(page.getByTestId('forum-row')).toHaveCount(BUILT_IN_TEMPLATES.length)
  })

  test('the kind picks its template, which fills the legal basis', async ({ page }) => {
    await page.goto('./#/forums/new')
    const form = new ForumFormPage(page).form()
    await expect(form.getByLabel('Templat forum')).toHaveValue('fkp')
    await expect(form.getByLabel('Dasar hukum')).toHaveValue(/Nomor 16 Tahun 2017/)
    await form.getByLabel('Jenis forum').selectOption({ label: 'Public Hearing' })
    await expect(form.getByLabel('Templat forum')).toHaveValue('public_hearing')
    await expect(form.getByLabel('Dasar hukum')).toHaveValue(/Nomor 12 Tahun 2011/)
    await expect(page.getByTestId('template-agenda').getByRole('listitem')).toHaveCount(8)
  })

  test('a forum saved as a template starts the next forum, and the template can be deleted', async ({
    page,
  }) => {
    const room = new LiveRoom(page)
    const forumId = await createFromTemplate(page, TEMPLATE_LABELS.fgd, 'FGD Pengaduan')
    await room.openAgenda(forumId)
    await room.addAgendaItem('Pembacaan hasil', 'Perumusan kesepakatan', 15)
    await page.goto(`./#/forums/${forumId}`)
    await page.getByRole('button', { name: 'Simpan sebagai templat' }).click()
    const panel = page.getByTestId('save-template')
    await panel.getByLabel('Nama templat').fill('FGD Pengaduan Kupang')
    await panel.getByRole('button', { name: 'Simpan templat' }).click()
    await expect(panel.getByRole('status')).toContainText('FGD Pengaduan Kupang')

    const next = await createFromTemplate(page, 'FGD Pengaduan Kupang', 'FGD Pengaduan 2')
    await room.openAgenda(next)
    const expected = [...BUILT_IN_TEMPLATES.find((t) => t.id === 'fgd')!.agenda.map((i) => i.title)]
    expected.push('Pembacaan hasil')
    await expect(agendaTitles(page)).toHaveCount(expected.length)
    await expect(agendaTitles(page).last()).toHaveValue('Pembacaan hasil')

    await page.goto('./#/forums/new')
    const picker = page.getByTestId('template-picker')
    await picker.getByLabel('Templat forum').selectOption({ label: 'FGD Pengaduan Kupang' })
    await picker.getByRole('button', { name: 'Hapus templat ini' }).click()
    await expect(picker.getByRole('status')).toHaveText('Templat dihapus.')
    await expect(picker.getByRole('option', { name: 'FGD Pengaduan Kupang' })).toHaveCount(0)
  })

  test('a copy of a previous forum brings roles, agenda and invitees, not attendance', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const room = new LiveRoom(page)
    const sourceId = await room.loadSampleForum()
    await page.goto(`./#/forums/${sourceId}/participants`)
    const invited = await page.getByTestId('participants-count').textContent()
    await room.openAgenda(sourceId)
    const sourceAgenda = await agendaTitles(page).evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    )

    await page.goto('./#/forums/new')
    await page.getByRole('button', { name: 'Salin dari forum sebelumnya' }).click()
    const copy = page.getByTestId('copy-forum')
    await copy.getByLabel('Judul forum baru').fill('FKP Standar Pelayanan 2027')
    await copy.getByLabel('Tanggal mulai forum baru').fill('2027-03-08')
    await copy.getByRole('button', { name: 'Salin forum' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FKP Standar Pelayanan 2027')
    const copyId = forumIdIn(page.url())
    expect(copyId).not.toBe(sourceId)
    const detail = page.getByTestId('forum-detail')
    await expect(detail).toContainText('Dr. Yakobus Benyamin Manafe, S.H., M.Hum')
    await expect(page.getByTestId('forum-days')).toContainText('Senin, 8 Maret 2027')

    await room.openAgenda(copyId)
    await expect(agendaTitles(page)).toHaveCount(sourceAgenda.length)
    expect(
      await agendaTitles(page).evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).value),
      ),
    ).toEqual(sourceAgenda)

    await page.goto(`./#/forums/${copyId}/participants`)
    await expect(page.getByTestId('participants-count')).toHaveText(invited!)
    await expect(page.getByTestId('recap-total')).toHaveText('0')
    await page.goto(`./#/forums/${copyId}/live?tab=issues`)
    await expect(page.getByTestId('issue-row')).toHaveCount(0)
  })

  test('a coaching clinic reviews an innovator on four criteria and downloads the feedback sheet', async ({
    page,
  }, testInfo) => {
    const room = new LiveRoom(page)
    await room.loadSampleForum()
    await createFromTemplate(page, TEMPLATE_LABELS.coaching_clinic, 'Coaching Clinic KIPP 2026')
    const panel = page.getByTestId('coaching')
    await panel.getByRole('button', { name: 'Tambah inovator' }).click()
    const form = panel.getByTestId('coaching-form')
    await form.getByLabel('Instansi inovator', { exact: true }).fill('Dinas Dukcapil Kota Kupang')
    await form.getByLabel('Judul inovasi').fill('Antre Dari Rumah')
    await form.getByLabel('Pendamping (coach)').fill('Dr. Ir. H. Yohanes Ndolu, M.Si')
    const criteria = ['Pendekatan baru', 'Produktivitas', 'Manfaat', 'Berkelanjutan']
    for (const name of criteria) {
      const group = form.getByRole('group', { name })
      await group.getByLabel('Catatan').fill(`Catatan ${name}`)
      await group.getByLabel('Rekomendasi').fill(`Rekomendasi ${name}`)
    }
    await form.getByRole('button', { name: 'Simpan tinjauan' }).click()
    await expect(panel.getByRole('status')).toHaveText(
      'Tinjauan Dinas Dukcapil Kota Kupang tersimpan.',
    )
    await page.reload()
    const row = page.getByTestId('coaching-review')
    await expect(row).toContainText('Dinas Dukcapil Kota Kupang — Antre Dari Rumah')

    const downloading = page.waitForEvent('download')
    await row.getByRole('button', { name: 'Unduh lembar umpan balik' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(
      'Umpan Balik Coaching Clinic - Dinas Dukcapil Kota Kupang.docx',
    )
    const path = testInfo.outputPath('umpan-balik.docx')
    await download.saveAs(path)
    const xml = readDocx(readFileSync(path)).documentXml
    for (const name of criteria) expect(xml).toContain(`Rekomendasi ${name}`)
    expect(xml).toContain('LEMBAR UMPAN BALIK COACHING CLINIC')
  })
})
