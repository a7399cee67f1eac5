// The bench's metrics, in the order they run (seeding first). Each capability keeps its metrics in
// metrics/<capability>.mjs: { name, unit, run(bench) → samples[], report(summary, samples) → figures },
// and optionally skip() → true when an environment switch turns it off, floors(bench) →
// { figure: floor ms }, goals { figure: highest ratio } and budgets { figure: absolute budget on a
// quiet machine }.
// bench = { page, base, appUrl, size, runs }; in the seeder page (base + '/scripts/bench/seed.html')
// window.bench.repositories gives direct access to the database for a metric's own set-up.
import { forumListOpen, homeOpen, seed } from './metrics/foundation.mjs'
import { dashboardFilter, dashboardOpen } from './metrics/follow-up.mjs'
import { checkinSearch, importThousandRows } from './metrics/participants.mjs'
import { backupLarge, backupMs, restoreMs } from './metrics/data-safety.mjs'
import { docxLarge } from './metrics/documents.mjs'
import { issueCapture, projectorSync } from './metrics/live.mjs'
import { verifyDocx, verifyHostileDocx } from './metrics/verify.mjs'
import { photoImport } from './metrics/photos.mjs'

export const METRICS = [
  seed,
  forumListOpen,
  homeOpen,
  dashboardOpen,
  dashboardFilter,
  checkinSearch,
  importThousandRows,
  backupMs,
  restoreMs,
  backupLarge,
  docxLarge,
  verifyDocx,
  verifyHostileDocx,
  issueCapture,
  projectorSync,
  photoImport,
]

/** What `--scale` runs at each size, each on a fresh database: seeding and what grows with it. */
export const GROWTH_METRICS = [seed, forumListOpen, dashboardOpen, backupMs, restoreMs]
