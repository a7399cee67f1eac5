import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { ForumFormPage } from './pages/forums'
import { LiveRoom, ProjectorScreen } from './pages/live'

// Kupang wall-clock time (the config runs the browser in Asia/Makassar, WITA).
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`)
const SAMPLE_ISSUES = 12
const SAMPLE_AGREEMENTS = 5

function createForum(page: Page, date: string): Promise<string> {
  return new ForumFormPage(page).createOneDay({
    title: 'FKP Maklumat Pelayanan',
    date,
    organiser: 'DPMPTSP Kota Kupang',
    start: '09:00',
    end: '12:00',
    place: 'Aula',
  })
}

/** A discussion item added after the sample's finished agenda, so it is the one about to start. */
async function addDiscussion(room: LiveRoom, forumId: string) {
  await room.openAgenda(forumId)
  await room.addAgendaItem('Tanya jawab termin II', 'Diskusi / tanya jawab', 30)
  await room.openLive(forumId)
  await expect(room.currentItem()).toHaveText('Tanya jawab termin II')
  await room.runButton('Mulai').click()
  await expect(room.countdown()).toHaveAttribute('data-phase', 'running')
}

test.describe('live forum', () => {
  test('a six-item agenda is built, reordered and run through an overrun', async ({ page }) => {
    await page.clock.install({ time: at('2026-05-13', '08:30') })
    const room = new LiveRoom(page)
    const forumId = await createForum(page, '2026-05-13')
    await page
      .getByRole('navigation', { name: 'Ringkasan' })
      .getByRole('link', { name: 'Susunan Acara' })
      .click()
    await expect(page.getByTestId('agenda-page')).toBeVisible()
    // A navigation moves focus to the page's heading, not left on the link.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

    await room.addAgendaItem('Registrasi peserta', 'Registrasi', 30)
    await room.addAgendaItem('Pembukaan', 'Pembukaan', 15)
    await room.addAgendaItem('Paparan rancangan maklumat', 'Paparan', 45)
    await room.addAgendaItem('Tanya jawab', 'Diskusi / tanya jawab', 60)
    await room.addAgendaItem('Perumusan kesepakatan', 'Perumusan kesepakatan', 30)
    await room.addAgendaItem('Penandatanganan', 'Penandatanganan', 15)
    expect(await room.agendaTimes()).toEqual([
      '09.00–09.30',
      '09.30–09.45',
      '09.45–10.30',
      '10.30–11.30',
      '11.30–12.00',
      '12.00–12.15',
    ])
    await expect(page.getByTestId('agenda-overrun')).toContainText('15 menit')

    // Keyboard reorder: Alt+↑ on the opening moves it first; start times follow.
    await room.agendaItems().nth(1).getByLabel('Nama acara').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect(room.agendaItems().first().getByLabel('Nama acara')).toHaveValue('Pembukaan')
    await expect(room.agendaItems().first()).toContainText('09.00–09.15')
    await page.getByRole('button', { name: 'Turunkan Pembukaan' }).click()
    await expect(room.agendaItems().first().getByLabel('Nama acara')).toHaveValue(
      'Registrasi peserta',
    )

    // Shortening the discussion brings the plan back inside the day.
    await room.agendaItems().nth(3).getByLabel('Durasi (menit)').fill('45')
    await expect(page.getByTestId('agenda-overrun')).toBeHidden()
    await expect(room.agendaItems().last()).toContainText('11.45–12.00')

    await page.clock.setSystemTime(at('2026-05-13', '09:00'))
    await room.openLive(forumId)
    await expect(room.currentItem()).toHaveText('Registrasi peserta')
    await expect(room.countdown()).toHaveAttribute('data-phase', 'idle')
    // The room's tabs answer the arrow keys; the panel follows.
    await page.getByRole('tab', { name: 'Jalannya acara', exact: true }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Masukan', exact: true })).toBeFocused()
    await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Masukan')
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Jalannya acara')
    await room.runButton('Mulai').click()
    await expect(room.countdown()).toHaveAttribute('data-phase', 'running')
    // Every text the live region takes, to prove it speaks once per phase, not every second.
    const announcement = page.getByTestId('countdown-announcement')
    await expect(announcement).toHaveText('')
    await announcement.evaluate((region) => {
      const said: string[] = []
      Object.assign(window, { said })
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      })
    })

    await page.clock.fastForward('28:30')
    await expect(room.countdown()).toHaveAttribute('data-phase', 'ending')
    await expect(announcement).toHaveText('Hampir habis: Registrasi peserta')
    await page.clock.fastForward('02:30')
    await expect(room.countdown()).toHaveAttribute('data-phase', 'overrun')
    await expect(announcement).toHaveText('Melewati waktu: Registrasi peserta')
    await page.clock.runFor(5_000)
    expect(
      await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean)),
    ).toEqual(['Hampir habis: Registrasi peserta', 'Melewati waktu: Registrasi peserta'])
    await expect(room.countdown()).toHaveClass(/countdown--overrun/)
    await expect(room.countdown().getByTestId('countdown-clock')).toHaveText(/^-01:0\d$/)

    await room.runButton('Acara berikutnya').click()
    await expect(room.currentItem()).toHaveText('Pembukaan')
    await expect(page.getByTestId('run-item-actual').first()).toHaveText('09.00–09.31')

    // Back reopens the registration; next moves on again.
    await room.runButton('Kembali').click()
    await expect(room.currentItem()).toHaveText('Registrasi peserta')
    await expect(page.getByTestId('run-item-actual').first()).toHaveText('09.00')
    await room.runButton('Acara berikutnya').click()
    await expect(room.currentItem()).toHaveText('Pembukaan')
    for (const title of [
      'Paparan rancangan maklumat',
      'Tanya jawab',
      'Perumusan kesepakatan',
      'Penandatanganan',
    ]) {
      await page.clock.fastForward('10:00')
      await room.runButton('Acara berikutnya').click()
      await expect(room.currentItem()).toHaveText(title)
    }
    await room.runButton('Selesaikan acara').click()
    await expect(page.getByTestId('run-done')).toBeVisible()
    await expect(page.getByTestId('run-item-actual')).toHaveText([
      '09.00–09.31',
      '09.31–09.41',
      '09.41–09.51',
      '09.51–10.01',
      '10.01–10.11',
      '10.11–10.11',
    ])
  })

  test('starting the run on a day that is not the forum day asks first, naming both dates', async ({
    page,
  }) => {
    // A forum of Tuesday 17 March, opened for a rehearsal on Thursday 3 December.
    await page.clock.install({ time: at('2026-12-03', '09:20') })
    const room = new LiveRoom(page)
    const forumId = await createForum(page, '2026-03-17')
    await room.openAgenda(forumId)
    await room.addAgendaItem('Pembukaan', 'Pembukaan', 15)
    await room.addAgendaItem('Paparan', 'Paparan', 30)
    await room.openLive(forumId)

    await room.runButton('Mulai').click()
    const ask = page.getByRole('alertdialog')
    await expect(ask).toContainText('Hari ini Kamis, 3 Desember 2026, bukan hari forum ini')
    await expect(ask).toContainText('(Selasa, 17 Maret 2026)')
    await ask.getByRole('button', { name: 'Batal' }).click()
    await expect(ask).toBeHidden()
    await expect(room.countdown()).toHaveAttribute('data-phase', 'idle')

    await room.runButton('Mulai').click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Tetap mulai' }).click()
    await expect(room.countdown()).toHaveAttribute('data-phase', 'running')
    await expect(page.getByTestId('run-item-actual').first()).toHaveText('09.20')
    // Asked once: moving on does not ask again.
    await room.runButton('Acara berikutnya').click()
    await expect(room.currentItem()).toHaveText('Paparan')
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
  })

  test("a speakers' queue times each voice and totals it per unsur", async ({ page }) => {
    await page.clock.install({ time: at('2026-03-09', '11:00') })
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await addDiscussion(room, forumId)

    await room.addSpeaker('Tefa')
    await room.addSpeaker('Obed')
    await room.addSpeaker('Yasinta')
    await expect(room.turns()).toHaveCount(3)
    await expect(room.turns().nth(1)).toContainText('Media Massa')

    const turn = (index: number, name: string) =>
      room.turns().nth(index).getByRole('button', { name, exact: true })
    await turn(0, 'Mulai bicara').click()
    await page.clock.fastForward('02:00')
    // Starting the next voice stops the one before.
    await turn(1, 'Mulai bicara').click()
    await page.clock.fastForward('01:30')
    await turn(1, 'Berhenti').click()
    await turn(2, 'Mulai bicara').click()
    await page.clock.fastForward('01:00')
    await expect(room.turns().nth(0).getByTestId('turn-time')).toHaveText('02:00')
    await expect(room.turns().nth(1).getByTestId('turn-time')).toHaveText('01:30')

    const totals = page.getByTestId('speaking-by-unsur')
    await expect(totals.getByTestId('unsur-total-pengguna_layanan')).toContainText('03:00')
    await expect(totals.getByTestId('unsur-total-media_massa')).toContainText('01:30')

    // The order can change, and the notulen is drafted from the queue.
    await page.getByRole('button', { name: 'Naikkan Yasinta Nahak' }).click()
    await expect(room.turns().nth(1)).toContainText('Yasinta Nahak')
    await room.tab('notulen')
    const notulen = page.getByTestId('notulen-item').last()
    await notulen.getByRole('button', { name: 'Isi dari catatan sesi' }).click()
    await expect(notulen.getByRole('textbox')).toHaveValue(/Pembicara:\n1\. Dominggus Tefa/)
  })

  test('twelve issues are captured by keyboard, voted, grouped, merged and four become action items', async ({
    page,
  }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await addDiscussion(room, forumId)
    await room.tab('issues')
    await expect(page.getByTestId('issue-capture')).toContainText('Tanya jawab termin II')
    // The sample forum comes with twelve issues and five agreements.
    const before = SAMPLE_ISSUES
    await expect(room.issueRows()).toHaveCount(before)
    const firstSeq = before + 1

    // The first text is typed letter by letter; the others are filled, since the keystrokes that
    // matter here are the shortcuts and Enter (typing all twelve took most of the test's time on
    // a busy machine).
    const texts = [
      'Antrean pagi',
      'Biaya tak diumumkan',
      'Izin lambat',
      'Petugas ramah',
      'Unggah gagal',
      'Syarat berbeda',
      'Jadwal OSS?',
      'Ruang panas',
      'Izin mikro lama',
      'Tarif tak jelas',
      'WA tak dibalas',
      'Antrean daring',
    ]
    for (const [index, text] of texts.entries()) {
      await room.captureIssue({
        text,
        typeDigit: index === 3 || index === 11 ? 5 : index === 10 ? 2 : undefined,
        raiser: index === 2 ? 'Tefa' : index === 10 ? 'Obed' : undefined,
        unsurSteps: index === 6 ? 2 : 0,
        skmSteps: index === 2 || index === 8 ? 3 : 0,
        fill: index > 0,
      })
      await expect(room.captureStatus()).toHaveText(`Masukan #${firstSeq + index} tersimpan.`)
      await expect(room.captureText()).toHaveValue('')
    }
    await expect(room.issueRows()).toHaveCount(before + 12)
    const third = room.issueRow(firstSeq + 2)
    await expect(third.getByTestId('issue-raiser')).toHaveText(
      'Dominggus Tefa, S.E. · Pengguna Layanan',
    )
    await expect(third).toContainText('Waktu Penyelesaian')
    await expect(room.issueRow(firstSeq + 3)).toContainText('Apresiasi')
    await expect(room.issueRow(firstSeq + 10)).toContainText('Pengaduan')
    await expect(room.issueRow(firstSeq)).toContainText('Anonim')
    await expect(room.issueRow(firstSeq + 6).getByTestId('issue-raiser')).toHaveText(
      'Anonim · Ahli/Praktisi/Akademisi',
    )

    // A show of hands, then themes.
    const voteUp = (seq: number) =>
      room.issueRow(seq).getByRole('button', { name: `Tambah suara masukan #${seq}` })
    const theme = (seq: number) => room.issueRow(seq).getByLabel(`Tema masukan #${seq}`)
    for (let i = 0; i < 4; i++) await voteUp(firstSeq + 2).click()
    await expect(third.getByTestId('issue-votes')).toHaveText('4')
    const ninth = room.issueRow(firstSeq + 8)
    await voteUp(firstSeq + 8).click()
    await voteUp(firstSeq + 8).click()
    await theme(firstSeq + 2).fill('Kecepatan layanan')
    await theme(firstSeq + 8).fill('Kecepatan layanan')
    await theme(firstSeq + 1).fill('Kejelasan biaya')
    await theme(firstSeq + 9).fill('Kejelasan biaya')
    await theme(firstSeq + 9).blur()
    await page.getByRole('combobox', { name: 'Urutkan', exact: true }).selectOption('votes')
    await expect(async () => {
      const order = await room
        .issueRows()
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-seq'))))
      // Most votes first: 4 votes, then 2, then the issues nobody raised a hand for.
      const position = (seq: number) => order.indexOf(seq)
      expect(position(firstSeq + 2)).toBeLessThan(position(firstSeq + 8))
      expect(position(firstSeq + 8)).toBeLessThan(position(firstSeq))
      expect(position(firstSeq)).toBeLessThan(position(firstSeq + 1))
    }).toPass()

    const byTheme = page.getByRole('checkbox', { name: 'Kelompokkan per tema' })
    await byTheme.check()
    const speed = page.getByTestId('theme-group').filter({ hasText: 'Kecepatan layanan' })
    await expect(speed.getByTestId('issue-row')).toHaveCount(2)
    await expect(speed.getByRole('heading')).toContainText('6 suara')
    await byTheme.uncheck()

    // The two slow-permit issues are one: merged, votes summed, the first text kept.
    await third.getByRole('checkbox').check()
    await ninth.getByRole('checkbox').check()
    await page.getByRole('button', { name: /^Gabungkan/ }).click()
    await expect(room.issueRows()).toHaveCount(before + 11)
    await expect(third.getByTestId('issue-votes')).toHaveText('6')
    await expect(third.getByTestId('issue-text')).toHaveText(texts[2]!)
    await expect(third).toContainText('+1 digabung')

    for (const seq of [firstSeq + 2, firstSeq + 1, firstSeq + 7, firstSeq + 10]) {
      await room
        .issueRow(seq)
        .getByRole('button', { name: /^→ Rencana/ })
        .click()
      await expect(room.issueRow(seq).getByTestId('issue-triage')).toHaveText('Ditindaklanjuti')
    }
    await room.tab('agreements')
    const loose = page.getByTestId('loose-actions')
    await expect(room.actionItems(loose)).toHaveCount(4)
    await expect(room.actionField(room.actionItems(loose).first(), 'plan')).toHaveValue(texts[2]!)
    await expect(room.actionItems(loose).first().getByTestId('action-flag')).toHaveText([
      'Penanggung jawab belum diisi',
      'Batas waktu belum diisi',
    ])
  })

  test('the projector shows the agreements while they are typed, never contacts', async ({
    page,
    context,
  }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    const screen = new ProjectorScreen(await context.newPage())
    await screen.open(forumId)
    await expect(screen.root()).toHaveAttribute('data-mode', 'agenda')

    await room.openLive(forumId, 'agreements')
    const projectorMode = page.getByRole('combobox', { name: 'Layar proyektor menampilkan' })
    await projectorMode.selectOption('agreements')
    await expect(screen.root()).toHaveAttribute('data-mode', 'agreements')
    const saved = SAMPLE_AGREEMENTS
    await expect(room.agreements()).toHaveCount(saved)
    await expect(screen.page.getByTestId('projector-agreement')).toHaveCount(saved)

    await room.newAgreementField().pressSequentially('Loket lansia')
    await expect(screen.page.getByTestId('projector-agreement-draft')).toHaveText('Loket lansia')
    await room.newAgreementField().pressSequentially(' dan difabel')
    await room.newAgreementField().press('Enter')
    await expect(room.agreements()).toHaveCount(saved + 1)
    await expect(screen.page.getByTestId('projector-agreement')).toHaveCount(saved + 1)
    await expect(screen.page.getByTestId('projector-agreement').last()).toHaveText(
      'Loket lansia dan difabel',
    )
    await expect(screen.page.getByTestId('projector-agreement-draft')).toBeHidden()

    // Editing an agreement shows on the projector keystroke by keystroke.
    const first = room.agreementText(room.agreements().first())
    await first.press('End')
    await first.pressSequentially(' segera')
    await expect(screen.page.getByTestId('projector-agreement').first()).toContainText('segera')
    // The sample was agreed: this change opened revision 2, with who and when.
    await expect(page.getByTestId('revision-banner')).toHaveAttribute('data-state', 'reopened')
    await expect(page.getByTestId('revision-banner')).toContainText('Revisi 2')
    await expect(page.getByTestId('revision-banner')).toContainText('Fasilitator')

    await projectorMode.selectOption('issues')
    await expect(screen.page.getByTestId('projector-issues')).toBeVisible()
    const shown = await screen.root().innerText()
    expect(shown).not.toMatch(/@|(\+62|08)\d{7,}/)

    // Mufakat: read out one by one, the room agrees, the set is frozen again as revision 2.
    await page.getByRole('button', { name: /^Bacakan/ }).click()
    await expect(screen.page.getByTestId('projector-readout')).toContainText('1.')
    const total = saved + 1
    const readout = page.getByTestId('readout')
    for (let number = 2; number <= total; number++) {
      await readout.getByRole('button', { name: 'Berikutnya', exact: true }).click()
      await expect(readout).toContainText(`Pembacaan kesepakatan ${number} dari ${total}`)
    }
    await expect(readout.getByRole('button', { name: 'Berikutnya', exact: true })).toBeDisabled()
    await expect(screen.page.getByTestId('projector-readout')).toContainText('Loket lansia')
    await readout.getByRole('button', { name: 'Forum menyetujui' }).click()
    await readout.getByRole('button', { name: /^Ya, / }).click()
    await expect(page.getByTestId('revision-banner')).toHaveAttribute('data-state', 'frozen')
    await expect(page.getByTestId('revision-banner')).toContainText('revisi 2')
  })

  test('an agreement grows with its text and says when it is saved', async ({ page }) => {
    await page.clock.install()
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await room.openLive(forumId, 'agreements')
    const agreement = room.agreements().first()
    const text = room.agreementText(agreement)
    const status = agreement.getByTestId('save-status').first()
    const before = await text.evaluate((node) => node.clientHeight)

    // Timers held: the write waits for its pause after typing, so "Menyimpan…" can be read.
    await page.clock.pauseAt(new Date(Date.now() + 60_000))
    await text.press('End')
    await text.pressSequentially(
      ' dengan loket khusus, petugas pendamping, jalur landai, kursi roda dan papan informasi huruf besar'.repeat(
        3,
      ),
    )
    await expect(status).toHaveText('Menyimpan…')
    await page.clock.runFor(1_000)
    await expect(status).toHaveText('Tersimpan')

    const grown = await text.evaluate((node) => ({
      height: node.clientHeight,
      hidden: node.scrollHeight - node.clientHeight,
    }))
    expect(grown.height).toBeGreaterThan(before)
    expect(grown.hidden).toBeLessThanOrEqual(1)
  })

  test('a reload in the middle of the session finds everything', async ({ page }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await addDiscussion(room, forumId)
    await room.tab('issues')
    await room.captureIssue({ text: 'Papan biaya belum ada' })
    await expect(room.captureStatus()).toContainText('tersimpan')
    await room.captureIssue({ text: 'Jam Sabtu?' })
    await expect(room.captureStatus()).toContainText('tersimpan')
    const count = SAMPLE_ISSUES + 2
    await expect(room.issueRows()).toHaveCount(count)
    // Triage: forwarded to another institution with its SP4N-LAPOR! ticket.
    const last = room.issueRow(count)
    await last.getByRole('button', { name: 'Tanggapan & pemilahan' }).click()
    await last.getByLabel('Tanggapan penyelenggara').fill('Jadwal Sabtu diumumkan di situs web.')
    await last.getByLabel('Keputusan pemilahan').selectOption('diteruskan')
    await last
      .getByLabel('Diteruskan ke instansi', { exact: true })
      .fill('Dinas Kominfo Kota Kupang')
    await last.getByLabel('Nomor tiket SP4N-LAPOR! (opsional)').fill('LAPOR-2026-0312')
    await last.getByLabel('Nomor tiket SP4N-LAPOR! (opsional)').blur()
    await expect(last.getByTestId('issue-triage')).toHaveText('Diteruskan ke instansi lain')

    await room.tab('agreements')
    const agreementsBefore = SAMPLE_AGREEMENTS
    await expect(room.agreements()).toHaveCount(agreementsBefore)
    await room.newAgreementField().fill('Papan informasi biaya dipasang di setiap loket')
    await room.newAgreementField().press('Enter')
    await expect(room.agreements()).toHaveCount(agreementsBefore + 1)
    const agreement = room.agreements().last()
    await room.addActionItem(agreement)
    const action = room.actionItems(agreement).first()
    await room.actionField(action, 'plan').fill('Memasang papan informasi biaya')
    await room.actionField(action, 'unit').fill('Sekretariat DPMPTSP')
    await room.actionField(action, 'deadline').fill('Juni 2026')
    await room.actionField(action, 'deadline').press('Enter')
    await expect(action.getByTestId('action-deadline-resolved')).toHaveText(
      'Sampai dengan 30 Juni 2026',
    )

    await room.tab('notulen')
    const notes = page.getByTestId('notulen-item').last().getByRole('textbox')
    await notes.fill('Peserta meminta papan informasi biaya.')
    // No blur, no wait: the page is reloaded while the text is still being typed.
    await page.reload()

    await expect(page.getByTestId('notulen-item').last().getByRole('textbox')).toHaveValue(
      'Peserta meminta papan informasi biaya.',
    )
    await room.tab('run')
    await expect(room.currentItem()).toHaveText('Tanya jawab termin II')
    await expect(room.countdown()).toHaveAttribute('data-phase', 'running')
    await room.tab('issues')
    await expect(room.issueRows()).toHaveCount(count)
    await expect(page.getByTestId('issue-text').last()).toHaveText('Jam Sabtu?')
    const triaged = room.issueRow(count)
    await triaged.getByRole('button', { name: 'Tanggapan & pemilahan' }).click()
    await expect(triaged.getByLabel('Tanggapan penyelenggara')).toHaveValue(
      'Jadwal Sabtu diumumkan di situs web.',
    )
    await expect(triaged.getByLabel('Diteruskan ke instansi', { exact: true })).toHaveValue(
      'Dinas Kominfo Kota Kupang',
    )
    await expect(triaged.getByLabel('Nomor tiket SP4N-LAPOR! (opsional)')).toHaveValue(
      'LAPOR-2026-0312',
    )
    await room.tab('agreements')
    const again = room.agreements().last()
    await expect(room.agreementText(again)).toHaveValue(
      'Papan informasi biaya dipasang di setiap loket',
    )
    const item = room.actionItems(again).first()
    await expect(room.actionField(item, 'plan')).toHaveValue('Memasang papan informasi biaya')
    await expect(room.actionField(item, 'unit')).toHaveValue('Sekretariat DPMPTSP')
    await expect(room.actionField(item, 'deadline')).toHaveValue('Juni 2026')
  })

  test('a deadline before the forum date is refused with a clear message', async ({ page }) => {
    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await room.openLive(forumId, 'agreements')
    const agreement = room.agreements().first()
    await room.addActionItem(agreement)
    const action = room.actionItems(agreement).last()
    const deadline = room.actionField(action, 'deadline')
    await expect(action.getByTestId('action-flag')).toHaveText([
      'Penanggung jawab belum diisi',
      'Batas waktu belum diisi',
    ])

    await deadline.fill('1 Maret 2026')
    await deadline.press('Enter')
    await expect(action.getByTestId('action-deadline-error')).toHaveText(
      'Batas waktu tidak boleh sebelum tanggal forum. (tanggal forum: 9 Maret 2026)',
    )
    await expect(deadline).toHaveAttribute('aria-invalid', 'true')
    await deadline.fill('besok-besok')
    await deadline.press('Enter')
    await expect(action.getByTestId('action-deadline-error')).toContainText(
      'Batas waktu tidak dikenali',
    )

    await page.reload()
    const reloaded = room.actionItems(room.agreements().first()).last()
    const reloadedDeadline = room.actionField(reloaded, 'deadline')
    await expect(reloadedDeadline).toHaveValue('')
    await expect(reloaded.getByTestId('action-flag')).toContainText(['Batas waktu belum diisi'])

    await reloadedDeadline.fill('Triwulan III 2026')
    await reloadedDeadline.press('Enter')
    await expect(reloaded.getByTestId('action-deadline-resolved')).toHaveText(
      'Sampai dengan 30 September 2026',
    )
    await room.actionField(reloaded, 'unit').fill('Bidang Pelayanan Perizinan')
    await room.actionField(reloaded, 'unit').blur()
    await expect(reloaded.getByTestId('action-flag')).toHaveCount(0)
  })
})
