import { expect, type Locator, type Page } from '@playwright/test'
import { forumIdIn } from './forums'

export const SAMPLE_TITLE = /Penyusunan Standar Pelayanan Perizinan Berusaha/

export type LiveTab = 'run' | 'issues' | 'agreements' | 'notulen'

const TAB_NAMES: Record<LiveTab, string> = {
  run: 'Jalannya acara',
  issues: 'Masukan',
  agreements: 'Kesepakatan',
  notulen: 'Notulen',
}

/**
 * The live room, the agenda builder and the projector. Rows and read-outs (capture-status,
 * issue-row[data-seq], issue-text) keep their test ids: other suites rely on them.
 */
export class LiveRoom {
  constructor(readonly page: Page) {}

  /** Loads the bundled sample forum and returns its id. */
  async loadSampleForum(): Promise<string> {
    await this.page.goto('./#/')
    await this.page.getByRole('button', { name: 'Muat contoh forum' }).click()
    await expect(this.page.getByTestId('sample-offer')).toBeHidden()
    await this.page.goto('./#/forums')
    await this.page.getByRole('link', { name: SAMPLE_TITLE }).click()
    await expect(this.page.getByTestId('forum-detail')).toBeVisible()
    return this.forumIdFromUrl()
  }

  forumIdFromUrl(): string {
    return forumIdIn(this.page.url())
  }

  async openAgenda(forumId: string) {
    await this.page.goto(`./#/forums/${forumId}/agenda`)
    await expect(this.page.getByTestId('agenda-page')).toBeVisible()
  }

  async openLive(forumId: string, tab: LiveTab = 'run') {
    await this.page.goto(`./#/forums/${forumId}/live?tab=${tab}`)
    await expect(this.page.getByTestId('live-page')).toBeVisible()
  }

  async tab(tab: LiveTab) {
    await this.page.getByRole('tab', { name: TAB_NAMES[tab], exact: true }).click()
  }

  // Agenda builder

  agendaItems(): Locator {
    return this.page.getByTestId('agenda-item')
  }

  async addAgendaItem(title: string, kind: string, minutes: number) {
    const form = this.page.getByTestId('agenda-add')
    await expect(this.page.getByTestId('agenda-list')).toHaveAttribute('data-loaded', 'true')
    const before = await this.agendaItems().count()
    await form.getByLabel('Nama acara').fill(title)
    await form.getByLabel('Jenis acara').selectOption({ label: kind })
    await form.getByLabel('Durasi (menit)').fill(String(minutes))
    await form.getByRole('button', { name: 'Tambahkan' }).click()
    await expect(this.agendaItems()).toHaveCount(before + 1)
  }

  agendaTimes() {
    return this.page.getByTestId('agenda-item-time').allTextContents()
  }

  // Running the agenda

  currentItem(): Locator {
    return this.page.getByTestId('current-item')
  }

  countdown(): Locator {
    return this.page.getByTestId('run-panel').getByTestId('countdown')
  }

  /** Mulai, Acara berikutnya, Kembali… in the run panel. */
  runButton(name: string): Locator {
    return this.page.getByTestId('run-panel').getByRole('button', { name, exact: true })
  }

  // Speakers' queue

  async addSpeaker(search: string) {
    const box = this.page.getByLabel('Tambah pembicara')
    await box.fill(search)
    await expect(this.page.getByRole('listbox').getByRole('option').first()).toBeVisible()
    await box.press('Enter')
  }

  turns(): Locator {
    return this.page.getByTestId('queue-turn')
  }

  // Issue capture, keyboard only

  captureText(): Locator {
    return this.page.getByRole('textbox', { name: /^Masukan \(/ })
  }

  captureStatus(): Locator {
    return this.page.getByTestId('capture-status')
  }

  /**
   * Types one issue and presses Enter (keep the text short: every character is a keystroke). typeDigit is the Alt+1…5 shortcut; raiser is searched after
   * Alt+R and picked with Enter; unsurSteps and skmSteps press Alt+U and Alt+S that many times.
   */
  async captureIssue(issue: {
    text: string
    typeDigit?: number
    raiser?: string
    unsurSteps?: number
    skmSteps?: number
    /** Fills the text in one input event instead of a keystroke per letter (a lighter test). */
    fill?: boolean
  }) {
    const keyboard = this.page.keyboard
    await this.captureText().focus()
    if (issue.fill) await this.captureText().fill(issue.text)
    else await keyboard.type(issue.text)
    if (issue.typeDigit) await keyboard.press(`Alt+Digit${issue.typeDigit}`)
    if (issue.raiser) {
      await keyboard.press('Alt+KeyR')
      await keyboard.type(issue.raiser)
      await expect(this.page.getByRole('listbox').getByRole('option').first()).toBeVisible()
      await keyboard.press('Enter')
      await expect(this.captureText()).toBeFocused()
    }
    for (let i = 0; i < (issue.unsurSteps ?? 0); i++) await keyboard.press('Alt+KeyU')
    for (let i = 0; i < (issue.skmSteps ?? 0); i++) await keyboard.press('Alt+KeyS')
    await keyboard.press('Enter')
  }

  issueRows(): Locator {
    return this.page.getByTestId('issue-row')
  }

  issueRow(seq: number): Locator {
    return this.page.locator(`[data-testid="issue-row"][data-seq="${seq}"]`)
  }

  // Agreements and action items

  agreements(): Locator {
    return this.page.getByTestId('agreement')
  }

  newAgreementField(): Locator {
    return this.page.getByRole('textbox', { name: /^Kesepakatan baru/ })
  }

  /** The text of the agreement at a position in the list (its number may change with revisions). */
  agreementText(agreement: Locator): Locator {
    return agreement.getByRole('textbox', { name: /^Kesepakatan nomor/ })
  }

  addActionItem(agreement: Locator): Promise<void> {
    return agreement.getByRole('button', { name: /^Tambah rencana/ }).click()
  }

  /** A field of an action item editor: the plan, the responsible unit or the deadline. */
  actionField(item: Locator, field: 'plan' | 'unit' | 'deadline'): Locator {
    return item.getByRole('textbox', { name: ACTION_FIELDS[field] })
  }

  actionItems(scope: Locator | Page = this.page): Locator {
    return scope.getByTestId('action-item')
  }
}

// The name of a field in a wrapping label also holds its hint or error, hence the prefixes.
const ACTION_FIELDS = {
  plan: /^Rencana aksi/,
  unit: /^Unit pelaksana tindak lanjut/,
  deadline: /^Batas waktu/,
} as const

/** The projector window (a second page in the same browser context). */
export class ProjectorScreen {
  constructor(readonly page: Page) {}

  async open(forumId: string) {
    await this.page.goto(`./#/projector/${forumId}`)
    await expect(this.root()).toBeVisible()
  }

  root(): Locator {
    return this.page.getByTestId('projector')
  }
}
