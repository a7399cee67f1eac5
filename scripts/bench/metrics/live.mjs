// The live room's figures: capturing an issue in a session that already holds 500, and a keystroke
// in the facilitator's window reaching the projector's window.

import { floorPage, p95 } from '../floors.mjs'

const ISSUES_IN_SESSION = 500
const SAMPLES_PER_RUN = 4

/** A forum of its own, seeded through the repositories on the seeder page. */
async function createLiveForum(page, base, issueCount) {
  await page.goto(`${base}/scripts/bench/seed.html`)
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
  return page.evaluate(async (count) => {
    const { forums, issues } = window.bench.repositories
    const official = { prefix: '', position: '', name: '', rank: '', nip: '' }
    const date = new Date().toISOString().slice(0, 10)
    const forum = await forums.create({
      kind: 'fkp',
      method: 'tatap_muka',
      title: 'Bench: forum berlangsung',
      topicCategory: 'standar_pelayanan',
      startDate: date,
      endDate: date,
      days: [{ id: crypto.randomUUID(), date, start: '08:00', end: '17:00', place: 'Aula' }],
      organiser: 'DPMPTSP',
      pimpinan: official,
      moderator: official,
      notulis: official,
    })
    const types = ['masukan', 'pengaduan', 'permintaan_informasi', 'tanggapan', 'apresiasi']
    for (let i = 0; i < count; i++) {
      await issues.capture({
        forumId: forum.id,
        dayId: forum.days[0].id,
        agendaItemId: null,
        text: `Masukan peserta nomor ${i + 1} tentang waktu penyelesaian layanan`,
        type: types[i % types.length],
        skmUnsur: null,
        raiserParticipantId: null,
        raiserUnsur: null,
      })
    }
    return forum.id
  }, issueCount)
}

/** From the Enter key to the new row painted in the list, with 500 issues already captured. */
export const issueCapture = {
  name: 'issue_capture_ms',
  unit: 'ms',
  async run({ page, base, appUrl, runs }) {
    const forumId = await createLiveForum(page, base, ISSUES_IN_SESSION)
    await page.goto(`${appUrl}#/forums/${forumId}/live?tab=issues`)
    await page
      .locator(`[data-testid="issue-row"][data-seq="${ISSUES_IN_SESSION}"]`)
      .waitFor({ timeout: 60_000 })
    const samples = []
    for (let i = 0; i < runs * SAMPLES_PER_RUN; i++) {
      const seq = ISSUES_IN_SESSION + i + 1
      await page.getByTestId('capture-text').fill(`Masukan baru ${i + 1}`)
      await page.evaluate((expected) => {
        window.__captureProbe = new Promise((resolve) => {
          let start = 0
          const onKey = (event) => {
            if (event.key !== 'Enter') return
            start = performance.now()
            document.removeEventListener('keydown', onKey, true)
          }
          document.addEventListener('keydown', onKey, true)
          const observer = new MutationObserver(() => {
            const row = document.querySelector(`[data-testid="issue-row"][data-seq="${expected}"]`)
            if (!start || !row) return
            observer.disconnect()
            requestAnimationFrame(() => resolve(performance.now() - start))
          })
          observer.observe(document.body, { childList: true, subtree: true })
        })
      }, seq)
      await page.getByTestId('capture-text').press('Enter')
      samples.push(await page.evaluate(() => window.__captureProbe))
    }
    return samples
  },
  report: (summary) => ({
    issue_capture_median_ms: summary.median,
    issue_capture_p95_ms: summary.p95,
  }),
  async floors({ page, base, runs }) {
    await floorPage(page, base)
    const samples = await page.evaluate(
      (count) => window.floor.issuePut(count),
      runs * SAMPLES_PER_RUN,
    )
    return { issue_capture_p95_ms: p95(samples) }
  },
  goals: { issue_capture_p95_ms: 3 },
}

/** A keystroke in the facilitator's window until the projector's window shows the text. */
export const projectorSync = {
  name: 'projector_sync_ms',
  unit: 'ms',
  async run({ page, base, appUrl, runs }) {
    const forumId = await createLiveForum(page, base, 0)
    const projector = await page.context().newPage()
    try {
      await page.goto(`${appUrl}#/forums/${forumId}/live?tab=agreements`)
      await projector.goto(`${appUrl}#/projector/${forumId}`)
      await projector.getByTestId('projector').waitFor()
      await page.getByTestId('projector-mode').selectOption('agreements')
      await projector.locator('[data-mode="agreements"]').waitFor()
      const field = page.getByTestId('agreement-new')
      await field.focus()
      const samples = []
      let typed = ''
      for (let i = 0; i < runs * SAMPLES_PER_RUN; i++) {
        const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26]
        typed += key
        await projector.evaluate((expected) => {
          window.__syncProbe = new Promise((resolve) => {
            const shown = () =>
              document.querySelector('[data-testid="projector-agreement-draft"]')?.textContent ===
              expected
            const observer = new MutationObserver(() => {
              if (!shown()) return
              observer.disconnect()
              requestAnimationFrame(() => resolve(Date.now()))
            })
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            })
          })
        }, typed)
        await page.evaluate(() => {
          window.__keyAt = new Promise((resolve) =>
            document.addEventListener('keydown', () => resolve(Date.now()), {
              once: true,
              capture: true,
            }),
          )
        })
        await field.press(key)
        const [pressedAt, shownAt] = await Promise.all([
          page.evaluate(() => window.__keyAt),
          projector.evaluate(() => window.__syncProbe),
        ])
        samples.push(shownAt - pressedAt)
      }
      return samples
    } finally {
      await projector.close()
    }
  },
  report: (summary) => ({
    projector_sync_median_ms: summary.median,
    projector_sync_p95_ms: summary.p95,
  }),
}
