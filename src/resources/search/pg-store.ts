// PLACEHOLDER (pg-base branch only, replaced before it lands): the search store on PostgreSQL.
import type { PgDb } from '../../db/pg.js'
import type { SearchStore } from './store.js'

export function pgSearchStore (_db: PgDb): SearchStore {
  return new Proxy({}, { get: (_t, name) => () => { throw new Error(`search.${String(name)} is not written for PostgreSQL yet`) } }) as SearchStore
}
