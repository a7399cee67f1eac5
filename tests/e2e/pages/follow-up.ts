import { expect, type Download, type Page } from '@playwright/test'

/** The Tindak Lanjut dashboard and an action item's page. */
export class FollowUpPage {
  constructor(readonly page: Page) {}

  async loadSample() {
    await this.page.goto('./#/')
    await this.page.getByRole('button', { name: 'Muat contoh forum' }).click()
    await expect(this.page.getByTestId('sample-offer')).toBeHidden()
  }

  async open() {
    await this.page.goto('./#/follow-up')
    await expect(this.page.getByTestId('filters')).toBeEnabled()
  }

  filters() {
    return this.page.getByTestId('filters')
  }

  rows() {
    return this.page.getByTestId('action-row')
  }

  row(plan: string | RegExp) {
    return this.rows().filter({ hasText: plan })
  }

  count(status: string) {
    return this.page.getByTestId(`count-${status}`).getByTestId('count-value')
  }

  async expectCounts(counts: Record<string, number>) {
    for (const [status, value] of Object.entries(counts)) {
      await expect(this.count(status), status).toHaveText(String(value))
    }
  }

  async filter(label: string, value: string) {
    const control = this.filters().getByLabel(label, { exact: true })
    if ((await control.evaluate((node) => node.tagName)) === 'SELECT') {
      await control.selectOption(value)
    } else {
      await control.fill(value)
    }
  }

  async openItem(plan: string | RegExp) {
    await this.row(plan).getByRole('link').click()
    await expect(this.page.getByTestId('action-item')).toBeVisible()
  }

  async openCharts() {
    await this.page.getByRole('tab', { name: 'Grafik' }).click()
    await expect(this.page.getByTestId('charts')).toBeVisible()
  }

  /**
   * How each legend entry of a chart (by its heading) is drawn: its name, its fill, and the
   * pattern that fill points to (null for a plain colour); with the fills its bars use.
   */
  async chartLooks(heading: string) {
    const chart = this.page.getByRole('region', { name: heading })
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    return chart.evaluate((section) => {
      const patternOf = (fill: string) => {
        const id = /^url\(#([^)]+)\)$/.exec(fill)?.[1]
        if (!id) return null
        return document.getElementById(id)?.getAttribute('data-pattern') ?? 'missing'
      }
      const legend = [...section.querySelectorAll('.recharts-legend-item')].map((item) => {
        const fill = item.querySelector('path, rect')?.getAttribute('fill') ?? ''
        return { name: item.textContent?.trim() ?? '', fill, pattern: patternOf(fill) }
      })
      const bars = [...section.querySelectorAll('.recharts-bar-rectangle path')].map(
        (bar) => bar.getAttribute('fill') ?? '',
      )
      return { legend, bars: [...new Set(bars)] }
    })
  }

  progressForm() {
    return this.page.getByTestId('progress-form')
  }

  async fillProgress(values: {
    date?: string
    percent?: string
    status?: string
    realisasi?: string
    reason?: string
  }) {
    const form = this.progressForm()
    if (values.date !== undefined)
      await form.getByLabel('Tanggal', { exact: true }).fill(values.date)
    if (values.status !== undefined)
      await form.getByLabel('Status', { exact: true }).selectOption(values.status)
    if (values.percent !== undefined)
      await form.getByLabel('Progres (%)', { exact: true }).fill(values.percent)
    if (values.realisasi !== undefined)
      await form.getByLabel('Realisasi', { exact: true }).fill(values.realisasi)
    if (values.reason !== undefined) {
      await form.getByLabel('Alasan perubahan status', { exact: true }).fill(values.reason)
    }
  }

  async addEvidence(name: string, mimeType: string, buffer: Buffer) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.addEvidenceButton().click()
    await (await chooser).setFiles({ name, mimeType, buffer })
  }

  /** "Tambah berkas bukti", named by its field label. */
  addEvidenceButton() {
    return this.progressForm().getByRole('button', { name: /^Bukti \(/ })
  }

  async saveProgress() {
    await this.progressForm().getByRole('button', { name: 'Simpan perkembangan' }).click()
  }

  async createMonitoringReport(unit: string, from: string, to: string): Promise<Download> {
    const panel = this.page.getByTestId('export-panel')
    await panel.getByLabel('Unit', { exact: true }).selectOption(unit)
    await panel.getByLabel('Periode dari').fill(from)
    await panel.getByLabel('Periode sampai').fill(to)
    const download = this.page.waitForEvent('download')
    await panel.getByRole('button', { name: 'Buat laporan (DOCX)' }).click()
    return download
  }
}
