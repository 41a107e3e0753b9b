// What a server start needs of the seed: whether the database is empty, and the error a bad seed raises. The seed compiler (YAML, the quotation finder) loads only when there is something to seed.
import { count } from 'drizzle-orm'
import type { Db } from '../db/index.js'
import { articles } from '../db/schema.js'

/** A seed that does not match its source; the message names the annotation item at fault. */
export class SeedError extends Error {
  override name = 'SeedError'
}

/** Seeds every annotation in `dir` (the repository's seeds/ by default) when the database holds no article yet; returns whether it did. */
export async function seedIfEmpty (db: Db, dir?: string): Promise<boolean> {
  const { n } = db.select({ n: count() }).from(articles).get()!
  if (n > 0) return false
  const { seedAll } = await import('./index.js')
  seedAll(db, dir)
  return true
}
