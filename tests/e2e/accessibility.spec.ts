import { expect, test } from './support/test'
import { checkScreen, summarise, type ScreenReport } from './support/axe'
import { AppPage } from './pages/app'
import { DataSafetyPage } from './pages/data-safety'
import { DocumentsRoom } from './pages/documents'
import { FollowUpPage } from './pages/follow-up'
import { ForumFormPage } from './pages/forums'
import { LiveRoom, ProjectorScreen, type LiveTab } from './pages/live'
import { ParticipantsDesk } from './pages/participants'
import { SettingsPage } from './pages/settings'

const LIVE_TABS: readonly LiveTab[] = ['run', 'issues', 'agreements', 'notulen']

test.describe('accessibility', () => {
  test('every main screen passes axe (WCAG 2.1 A/AA) without serious or critical violations', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000)
    const reports: ScreenReport[] = []
    const check = async (screen: string) => reports.push(await checkScreen(page, screen))

    const app = new AppPage(page)
    await app.open('/')
    await expect(page.getByTestId('sample-offer')).toBeVisible()
    await check('home (empty)')

    const form = new ForumFormPage(page)
    await page.goto('./#/forums/new')
    await expect(form.form()).toBeVisible()
    await check('new-forum form')
    await form.save()
    await expect(form.form().getByLabel('Judul forum')).toHaveAttribute('aria-invalid', 'true')
    await check('new-forum form (errors)')

    const room = new LiveRoom(page)
    const forumId = await room.loadSampleForum()
    await check('forum overview')

    await app.open('/')
    await expect(page.getByTestId('sample-offer')).toBeHidden()
    await check('home (sample forum)')

    await page.goto('./#/forums')
    await expect(page.getByTestId('forum-row')).toHaveCount(1)
    await check('forum list')

    const desk = new ParticipantsDesk(page)
    await desk.openList(forumId)
    await expect(desk.rows().first()).toBeVisible()
    await check('participants')
    await desk.openDesk(forumId)
    await expect(desk.search()).toBeVisible()
    await check('check-in desk')
    await desk.search().fill('Manafe')
    await desk.options().first().click()
    await expect(desk.signatureCanvas()).toBeVisible()
    await check('check-in desk (signing)')
    await page.goto('./#/people')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await check('people registry')

    await room.openAgenda(forumId)
    await expect(room.agendaItems().first()).toBeVisible()
    await check('agenda')
    for (const tab of LIVE_TABS) {
      await room.openLive(forumId, tab)
      await expect(page.getByRole('tab', { selected: true })).toBeVisible()
      await check(`live room (${tab})`)
    }

    const projector = new ProjectorScreen(await context.newPage())
    const mode = page.getByRole('combobox', { name: 'Layar proyektor menampilkan' })
    const theme = page.getByRole('combobox', { name: 'Tema proyektor' })
    for (const look of ['dark', 'light'] as const) {
      await theme.selectOption(look)
      for (const shown of ['agenda', 'agreements'] as const) {
        await mode.selectOption(shown)
        await projector.open(forumId)
        await expect(projector.root()).toHaveAttribute('data-theme', look)
        await expect(projector.root()).toHaveAttribute('data-mode', shown)
        reports.push(await checkScreen(projector.page, `projector (${look}, ${shown})`))
      }
    }
    await projector.page.close()

    await new DocumentsRoom(page).open(forumId)
    await expect(page.getByTestId('preflight')).toBeVisible()
    await check('documents')
    await page.goto('./#/verify')
    await expect(page.getByTestId('verify-page')).toBeVisible()
    await check('verify')

    const followUp = new FollowUpPage(page)
    await followUp.open()
    await expect(followUp.rows().first()).toBeVisible()
    await check('follow-up dashboard (list)')
    await followUp.openCharts()
    await check('follow-up dashboard (charts)')
    await page.getByRole('tab', { name: 'Nilai PEKPPP' }).click()
    await expect(page.getByRole('tab', { name: 'Nilai PEKPPP' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await check('follow-up dashboard (PEKPPP)')
    await page.getByRole('tab', { name: 'Daftar' }).click()
    await followUp.openItem(/Membangun ramp/)
    await check('action item')

    await new DataSafetyPage(page).open()
    await check('data safety')
    await page.goto('./#/settings')
    await expect(new SettingsPage(page).form()).toBeVisible()
    await check('settings')
    await page.goto('./#/help')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await check('help')

    console.log(`axe, violations (nodes) by impact:\n${summarise(reports)}`)
    const blocking = reports.flatMap(({ screen, blocking }) =>
      blocking.map((line) => `${screen}: ${line}`),
    )
    expect(blocking, 'serious or critical axe violations').toEqual([])
  })

  test('the charts tell statuses apart by pattern, not by red and green alone', async ({
    page,
  }) => {
    const followUp = new FollowUpPage(page)
    await followUp.loadSample()
    await followUp.open()
    await followUp.openCharts()

    for (const heading of ['Status per unit', 'Penyelesaian dari waktu ke waktu']) {
      const { legend, bars } = await followUp.chartLooks(heading)
      const barLegend = legend.filter(({ fill }) => fill !== 'none' && fill !== '')
      expect(barLegend.length, heading).toBeGreaterThan(1)
      // Every entry is named in text, and no two are drawn alike: one at most is a plain
      // colour, every other one carries its own pattern.
      for (const { name } of barLegend) expect(name, heading).not.toBe('')
      const patterns = barLegend.map(({ pattern }) => pattern ?? 'solid')
      expect(patterns, heading).not.toContain('missing')
      expect(new Set(patterns).size, `${heading}: ${patterns.join(', ')}`).toBe(patterns.length)
      // The bars are drawn with the fills the legend explains.
      expect(bars.length, heading).toBeGreaterThan(0)
      for (const fill of bars) expect(barLegend.map((entry) => entry.fill)).toContain(fill)
    }
  })
})
