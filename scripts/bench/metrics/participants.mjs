// The check-in desk and the invitation-list import on the large database: a keystroke in the desk's
// search on a 1,500-participant forum (inside the whole registry), and a 1,000-row XLSX from the
// chosen file to the preview.
import writeXlsxFile from 'write-excel-file/node'
import { floorPage, p95 } from '../floors.mjs'

const FORUM_SIZE = 1500
const IMPORT_ROWS = 1000
const QUERIES = ['yohanes', 'maria bria', 'ndolu', 'sri', 'kupang']

let benchForumId = null

/** Creates (once) a forum whose list holds 1,500 people of the registry; returns its id. */
async function benchForum(page, base) {
  benchForumId ??= await createBenchForum(page, base)
  return benchForumId
}

async function createBenchForum(page, base) {
  await page.goto(`${base}/scripts/bench/seed.html`)
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready')
  return page.evaluate(async (size) => {
    const { forums, people, participants } = window.bench.repositories
    const existing = (await forums.list({ limit: 100_000 })).find(
      (f) => f.title === 'Bench: meja registrasi 1.500 peserta',
    )
    if (existing) return existing.id
    const [template] = await forums.list({ limit: 1 })
    const forum = await forums.create({
      ...template,
      title: 'Bench: meja registrasi 1.500 peserta',
    })
    const chosen = await people.list({ limit: size })
    await participants.importRows(
      forum.id,
      chosen.map((person, index) => ({ row: index + 2, person, existingPersonId: person.id })),
    )
    return forum.id
  }, FORUM_SIZE)
}

/**
 * Types each query one key at a time into the desk's search. Each sample runs from the input event
 * to the result list showing that keystroke's results (its data-query attribute updated and the
 * DOM mutated), measured inside the page; painting the frame is not included.
 */
export const checkinSearch = {
  name: 'checkin_search_p95_ms',
  unit: 'ms',
  async run({ page, base, appUrl }) {
    const forumId = await benchForum(page, base)
    await page.goto(`${appUrl}#/forums/${forumId}/checkin`)
    await page.getByTestId('checkin-search').waitFor()
    await page.waitForFunction(
      (size) =>
        document
          .querySelector('[data-testid="checkin-counter"]')
          ?.textContent?.includes(`dari ${size}`),
      FORUM_SIZE,
    )
    return page.evaluate(async (queries) => {
      const input = document.querySelector('[data-testid="checkin-search"]')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      const rendered = (value) =>
        document.querySelector('[data-testid="checkin-results"]')?.getAttribute('data-query') ===
        value
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
      const samples = []
      for (const query of queries) {
        for (let length = 1; length <= query.length; length++) {
          const value = query.slice(0, length)
          const started = performance.now()
          setValue.call(input, value)
          input.dispatchEvent(new Event('input', { bubbles: true }))
          while (!rendered(value)) await new Promise((resolve) => setTimeout(resolve, 0))
          samples.push(performance.now() - started)
          await frame()
        }
        setValue.call(input, '')
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await frame()
      }
      return samples
    }, QUERIES)
  },
  report: (summary) => ({
    checkin_search_p95_ms: summary.p95,
    checkin_search_median_ms: summary.median,
  }),
  async floors({ page, base }) {
    const forumId = await benchForum(page, base)
    await floorPage(page, base)
    const samples = await page.evaluate(
      ({ forumId, queries }) => window.floor.checkinSearch(forumId, queries),
      { forumId, queries: QUERIES },
    )
    return { checkin_search_p95_ms: p95(samples) }
  },
}

async function thousandRowXlsx() {
  const unsurs = ['Pengguna Layanan', 'Akademisi', 'Instansi Terkait', 'OMS', 'Media Massa']
  const rows = [
    [{ value: 'DAFTAR UNDANGAN FKP', type: String }],
    [],
    ['No', 'Nama Lengkap', 'L/P', 'Jabatan', 'Instansi', 'Unsur', 'No. HP', 'Email'].map(
      (value) => ({ value, type: String }),
    ),
  ]
  for (let i = 1; i <= IMPORT_ROWS; i++) {
    rows.push([
      { value: i, type: Number },
      { value: `Peserta Impor Bench ${i}, S.Sos`, type: String },
      { value: i % 2 ? 'L' : 'P', type: String },
      { value: 'Staf', type: String },
      { value: `Instansi ${i % 40}`, type: String },
      { value: unsurs[i % 5], type: String },
      { value: 81200000000 + i, type: Number },
      { value: `peserta${i}@example.org`, type: String },
    ])
  }
  return writeXlsxFile(rows, { sheet: 'Undangan' }).toBuffer()
}

/** A 1,000-row XLSX: from the file chosen (the input's change event) to the preview on screen. */
export const importThousandRows = {
  name: 'import_1000_rows_ms',
  unit: 'ms',
  async run({ page, base, appUrl, runs }) {
    const forumId = await benchForum(page, base)
    const buffer = await thousandRowXlsx()
    const samples = []
    for (let i = 0; i < runs; i++) {
      // A fresh document each run: a hash change alone would keep the last preview on screen.
      await page.goto('about:blank')
      await page.goto(`${appUrl}#/forums/${forumId}/participants`)
      await page.getByTestId('participants-import').click()
      await page.evaluate(() => {
        window.__importTiming = null
        document.addEventListener(
          'change',
          (event) => {
            if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return
            const started = performance.now()
            const observer = new MutationObserver(() => {
              // The preview is windowed: its summary and first row show it is on screen.
              if (
                document.querySelector('[data-testid="import-summary"]') &&
                document.querySelector('[data-testid="import-row-4"]')
              ) {
                observer.disconnect()
                window.__importTiming = performance.now() - started
              }
            })
            observer.observe(document.body, { childList: true, subtree: true })
          },
          { capture: true, once: true },
        )
      })
      const chooser = page.waitForEvent('filechooser')
      await page.getByTestId('import-choose').click()
      await (
        await chooser
      ).setFiles({
        name: 'undangan-1000.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      })
      await page.waitForFunction(() => window.__importTiming !== null, null, { timeout: 60_000 })
      samples.push(await page.evaluate(() => window.__importTiming))
    }
    return samples
  },
  report: (summary) => ({
    import_1000_rows_ms: summary.median,
    import_1000_rows_p95_ms: summary.p95,
  }),
}
