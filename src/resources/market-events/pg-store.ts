// Market event store on PostgreSQL: the same filtered keyset lists in reading order, counts and single events as the SQLite store.
import { and, eq, sql } from 'drizzle-orm'
import { perShape } from '../../db/memo.js'
import type { PgDb } from '../../db/pg.js'
import { binary, shapeName } from '../../db/pg-sql.js'
import { articles, entities, marketEvents } from '../../db/pg-schema.js'
import { filterParams, filtersOn, listParams, marketEventColumnsOf, shapeOf, type Filters, type MarketEventFilters, type MarketEventListArgs, type MarketEventStore } from './store.js'

// Ids compare in byte order, as on SQLite; the reading-order index (default collation) then does not
// serve the order, but market events are few per filter, so the sort is cheap.

export function pgMarketEventStore (db: PgDb): MarketEventStore {
  const columns = marketEventColumnsOf(marketEvents, entities, articles)
  const base = () => db.select(columns)
    .from(marketEvents)
    .innerJoin(entities, eq(entities.id, marketEvents.entityId))
    .innerJoin(articles, eq(articles.id, marketEvents.articleId))

  const filters = filtersOn(marketEvents)

  const byId = base().where(eq(marketEvents.id, sql.placeholder('id'))).prepare('market_event_by_id')

  const list = perShape((shape: Filters & { after: boolean }) => base()
    .where(and(
      ...filters(shape),
      shape.after
        ? sql`(${binary(marketEvents.articleId)}, ${marketEvents.spanStart}, ${binary(marketEvents.id)}) > (${sql.placeholder('afterArticle')}, ${sql.placeholder('afterStart')}::int, ${sql.placeholder('afterId')})`
        : undefined
    ))
    .orderBy(binary(marketEvents.articleId), marketEvents.spanStart, binary(marketEvents.id))
    .limit(sql.placeholder('limit'))
    .prepare(shapeName('market_events', shape)))

  const total = perShape((shape: Filters) =>
    db.select({ n: sql<number>`count(*)::int` }).from(marketEvents).where(and(...filters(shape))).prepare(shapeName('market_events_count', shape)))

  return {
    list: async (args: MarketEventListArgs) => list({ ...shapeOf(args), after: args.after !== undefined }).execute(listParams(args)),
    count: async (args: MarketEventFilters) => (await total(shapeOf(args)).execute(filterParams(args)))[0]?.n ?? 0,
    byId: async (id: string) => (await byId.execute({ id }))[0]
  }
}
