// Every resource's store on PostgreSQL: a module of its own so that a server on the SQLite file never loads the PostgreSQL stack (about 70 ms of its cold start).
import type { Pg } from '../db/pg.js'
import { pgArticleStore } from './articles/pg-store.js'
import type { Extractor } from './articles/store.js'
import { pgAuditStore } from './audit/pg-store.js'
import { pgEntityStore } from './entities/pg-store.js'
import { pgMarketEventStore } from './market-events/pg-store.js'
import { pgSearchStore } from './search/pg-store.js'
import { pgStatementStore } from './statements/pg-store.js'
import type { Stores } from './stores.js'

export function pgStoresFor ({ db }: Pg, extractor: Extractor): Stores {
  return {
    articles: pgArticleStore(db, extractor),
    entities: pgEntityStore(db),
    statements: pgStatementStore(db),
    marketEvents: pgMarketEventStore(db),
    search: pgSearchStore(db),
    audit: pgAuditStore(db)
  }
}
