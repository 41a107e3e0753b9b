// Seeding PostgreSQL: the seed compiled and written exactly as on SQLite (into a private in-memory file), then copied over with db:copy's checks, so both engines start from identical rows.
import { CopyError, copyKnowledgeBase, pgStore, sqliteStore } from '../db/copy.js'
import { openDb } from '../db/index.js'
import type { Pg } from '../db/pg.js'
import { SEEDS_DIR, SeedError, seedAll } from './index.js'

/**
 * Seeds every annotation in `dir` when the database holds no article yet; returns whether it did.
 * Instances starting together on an empty database seed it once: the copy's lock makes the others
 * wait, and they then find it seeded.
 */
export async function seedPgIfEmpty (pg: Pg, dir = SEEDS_DIR): Promise<boolean> {
  if ((await pg.pool.query('SELECT 1 FROM articles LIMIT 1')).rowCount !== 0) return false
  const memory = openDb(':memory:')
  try {
    seedAll(memory, dir)
    // The destination is not closed here: closing a copy's PostgreSQL side ends the pool, which is the app's.
    const { committed, tables } = await copyKnowledgeBase(sqliteStore(memory, 'the seed'), pgStore(pg, 'PostgreSQL'))
    if (!committed) throw new SeedError(`the seed did not copy identically: ${tables.filter((t) => !t.ok).map((t) => t.table).join(', ')}`)
    return true
  } catch (err) {
    if (err instanceof CopyError && /already holds/.test(err.message)) return false
    throw err
  } finally {
    memory.$client.close()
  }
}
