import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildSampleForum } from '@shared/sample'
import { createDashboardIndex, EMPTY_FILTER, type DueFilter } from '@shared/follow-up/dashboard'
import { nextStep } from '@shared/rules/next-step'
import { openTestRepositories } from './test-db'

const NOW = new Date('2026-03-09T01:00:00Z')
const SEKRETARIAT = 'Sekretariat DPMPTSP'

let env: ReturnType<typeof openTestRepositories>

beforeEach(async () => {
  env = openTestRepositories(NOW)
  const sample = buildSampleForum({ newId: () => crypto.randomUUID(), now: NOW })
  await env.repositories.datasets.loadSample(sample, { keepOrganisation: false })
})

afterEach(async () => {
  await env.dispose()
})

async function dashboardCount(today: string, due: DueFilter, unit: string): Promise<number> {
  const { table, keys } = await env.repositories.actionItems.loadDashboard(today)
  const index = createDashboardIndex(table, keys)
  return index.filter({ ...EMPTY_FILTER, due, unit }, 'deadline', today).rows.length
}

describe('overview', () => {
  it('finds the forum on its day, as upcoming before it, and not after it', async () => {
    const { overview } = env.repositories
    const onTheDay = await overview.forumsAround('2026-03-09')
    expect(onTheDay.today.map((forum) => forum.startDate)).toEqual(['2026-03-09'])
    expect(onTheDay.upcoming).toEqual([])
    const before = await overview.forumsAround('2026-02-20')
    expect(before.today).toEqual([])
    expect(before.upcoming.map((forum) => forum.startDate)).toEqual(['2026-03-09'])
    expect((await overview.forumsAround('2026-02-06')).upcoming).toEqual([])
    expect(await overview.forumsAround('2026-03-10')).toEqual({ today: [], upcoming: [] })
  })

  it.each(['2026-03-09', '2026-06-25', '2026-07-01', '2026-09-20', '2026-12-10'])(
    'counts what the dashboard shows on %s, for every unit and for one',
    async (today) => {
      for (const unit of ['', SEKRETARIAT]) {
        const counts = await env.repositories.overview.dueCounts(today, unit)
        expect(counts).toEqual({
          overdue: await dashboardCount(today, 'overdue', unit),
          within7: await dashboardCount(today, 'within7', unit),
          within30: await dashboardCount(today, 'within30', unit),
        })
      }
    },
  )

  it('counts a late item on the day after its deadline', async () => {
    const { overview } = env.repositories
    const onTheDay = await overview.dueCounts('2026-06-30')
    const dayAfter = await overview.dueCounts('2026-07-01')
    expect(dayAfter.overdue).toBe(onTheDay.overdue + 1)
    expect(onTheDay.within7).toBeGreaterThan(0)
  })

  it("reads the sample forum's progress: its representatives have yet to sign", async () => {
    const { overview } = env.repositories
    const forum = await overview.latestOpenForum()
    expect(forum).toBeDefined()
    const progress = await overview.forumProgress(forum!, '2026-03-09')
    expect(progress).toMatchObject({
      started: true,
      agreementsLocked: true,
      actionItems: 6,
      actionItemsWithoutUnit: 0,
      finalisedAgreementDocuments: 0,
    })
    expect(progress.participants).toBeGreaterThan(20)
    expect(progress.unsignedSignatories).toBe(3)
    expect(nextStep(progress)).toBe('collect_signatures')
    const before = await overview.forumProgress(forum!, '2026-03-08')
    expect(before.started).toBe(false)
  })
})
