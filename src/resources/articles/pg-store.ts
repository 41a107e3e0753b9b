// PLACEHOLDER (pg-base branch only, replaced before it lands): the articles store on PostgreSQL.
import type { PgDb } from '../../db/pg.js'
import type { ArticleStore, Extractor } from './store.js'

export function pgArticleStore (_db: PgDb, _extractor: Extractor): ArticleStore {
  return new Proxy({}, { get: (_t, name) => () => { throw new Error(`articles.${String(name)} is not written for PostgreSQL yet`) } }) as ArticleStore
}
