// Every resource's store on the engine the app was given: routes get these, never the database, so no route knows which engine answers.
import type { Database } from '../db/engine.js'
import { isPg } from '../db/engine.js'
import { articleStore, type ArticleStore, type Extractor } from './articles/store.js'
import { auditStore, type AuditStore } from './audit/store.js'
import { entityStore, type EntityStore } from './entities/store.js'
import { marketEventStore, type MarketEventStore } from './market-events/store.js'
import { searchStore, type SearchStore } from './search/store.js'
import { statementStore, type StatementStore } from './statements/store.js'

export interface Stores {
  articles: ArticleStore
  entities: EntityStore
  statements: StatementStore
  marketEvents: MarketEventStore
  search: SearchStore
  audit: AuditStore
}

/** The stores on `database`; `extractor` is what ingestion runs on a posted body. */
export async function storesFor (database: Database, extractor: Extractor): Promise<Stores> {
  if (isPg(database)) return (await import('./pg-stores.js')).pgStoresFor(database, extractor)
  return {
    articles: articleStore(database, extractor),
    entities: entityStore(database),
    statements: statementStore(database),
    marketEvents: marketEventStore(database),
    search: searchStore(database),
    audit: auditStore(database)
  }
}
