// PLACEHOLDER (pg-base branch only, replaced before it lands): the statements store on PostgreSQL.
import type { PgDb } from '../../db/pg.js'
import type { StatementStore } from './store.js'

export function pgStatementStore (_db: PgDb): StatementStore {
  return new Proxy({}, { get: (_t, name) => () => { throw new Error(`statements.${String(name)} is not written for PostgreSQL yet`) } }) as StatementStore
}
