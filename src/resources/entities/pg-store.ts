// PLACEHOLDER (pg-base branch only, replaced before it lands): the entities store on PostgreSQL.
import type { PgDb } from '../../db/pg.js'
import type { EntityStore } from './store.js'

export function pgEntityStore (_db: PgDb): EntityStore {
  return new Proxy({}, { get: (_t, name) => () => { throw new Error(`entities.${String(name)} is not written for PostgreSQL yet`) } }) as EntityStore
}
