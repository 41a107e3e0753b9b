// Which sources each tap run measures coverage on: npm test (SQLite) every source but the PostgreSQL-only ones, npm run test:pg (tap --coverage-map=test/coverage-map.mjs with TEST_ENGINE=pg) those only, so each run's floors read the code it runs.
import { readdirSync } from 'node:fs'

/** The modules only a PostgreSQL database runs: its schema, pool, search and SQL helpers, each resource's store, its seeding. */
const isPostgresOnly = (path) => /(^|\/)pg(-[a-z]+)?\.ts$|\/pg-store\.ts$/.test(path)

const sources = readdirSync('src', { recursive: true })
  .map((f) => `src/${String(f).replace(/\\/g, '/')}`)
  .filter((f) => f.endsWith('.ts'))

const onPostgres = process.env.TEST_ENGINE === 'pg'
const measured = sources.filter((f) => isPostgresOnly(f) === onPostgres)

export default () => measured
