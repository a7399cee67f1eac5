// The bench's metrics, in the order they run (seeding first). Each capability keeps its metrics in
// metrics/<capability>.mjs: { name, unit, run(bench) → samples[], report(summary, samples) → figures }.
// bench = { page, base, appUrl, size, runs }; in the seeder page (base + '/scripts/bench/seed.html')
// window.bench.repositories gives direct access to the database for a metric's own set-up.
import { forumListOpen, seed } from './metrics/foundation.mjs'

export const METRICS = [seed, forumListOpen]
