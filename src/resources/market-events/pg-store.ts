// PLACEHOLDER (pg-base branch only, replaced before it lands): the market-events store on PostgreSQL.
import type { PgDb } from '../../db/pg.js'
import type { MarketEventStore } from './store.js'

export function pgMarketEventStore (_db: PgDb): MarketEventStore {
  return new Proxy({}, { get: (_t, name) => () => { throw new Error(`market-events.${String(name)} is not written for PostgreSQL yet`) } }) as MarketEventStore
}
