// Market event store (drizzle, prepared): filtered keyset lists in reading order and one event.
import { and, eq, sql } from 'drizzle-orm'
import { pick, type EitherTable } from '../../db/columns.js'
import type { Db } from '../../db/index.js'
import { limited } from '../../db/keyset.js'
import { mappedRows, perShape, prepared } from '../../db/memo.js'
import { articles, entities, marketEvents, type MarketEventKind } from '../../db/schema.js'

/** A market event's fields, from either engine's tables, so both stores read one row shape. */
export const marketEventColumnsOf = <M extends EitherTable<'marketEvents'>, E extends EitherTable<'entities'>, A extends EitherTable<'articles'>>(events: M, entity: E, article: A) => ({
  ...pick(events, ['id', 'kind', 'direction', 'figures', 'text', 'spanStart', 'spanEnd', 'date', 'datePrecision', 'origin', 'confidence']),
  entity: pick(entity, ['id', 'name', 'type']),
  article: pick(article, ['id', 'title', 'publishedDate', 'publishedDatePrecision'])
})

const marketEventColumns = marketEventColumnsOf(marketEvents, entities, articles)

export interface MarketEventListArgs {
  entity?: string | undefined
  article?: string | undefined
  kind?: MarketEventKind | undefined
  after?: readonly [string, number, string] | undefined
  limit: number
}

// A type alias, not an interface: perShape keys its cache by plain records.
export type Filters = { entity: boolean, article: boolean, kind: boolean }
export type MarketEventFilters = Pick<MarketEventListArgs, 'entity' | 'article' | 'kind'>
export const shapeOf = (args: MarketEventFilters): Filters =>
  ({ entity: args.entity !== undefined, article: args.article !== undefined, kind: args.kind !== undefined })

/** The conditions of a filter shape, on either engine's market_events table. */
export const filtersOn = (events: EitherTable<'marketEvents'>) => (shape: Filters) => [
  shape.entity ? eq(events.entityId, sql.placeholder('entity')) : undefined,
  shape.article ? eq(events.articleId, sql.placeholder('article')) : undefined,
  shape.kind ? eq(events.kind, sql.placeholder('kind')) : undefined
]

export const filterParams = (args: MarketEventFilters) => ({ entity: args.entity, article: args.article, kind: args.kind })

/** A list's placeholder values: the filters, the key of the last row read (article, span start, id) and the limit. */
export const listParams = (args: MarketEventListArgs) => ({
  ...filterParams(args),
  afterArticle: args.after?.[0],
  afterStart: args.after?.[1],
  afterId: args.after?.[2],
  limit: args.limit
})

export function marketEventStore (db: Db) {
  const base = () => db.select(marketEventColumns)
    .from(marketEvents)
    .innerJoin(entities, eq(entities.id, marketEvents.entityId))
    .innerJoin(articles, eq(articles.id, marketEvents.articleId))

  const filters = filtersOn(marketEvents)

  const byId = base().where(eq(marketEvents.id, sql.placeholder('id'))).prepare()

  const list = perShape((shape: Filters & { after: boolean }) => mappedRows<NonNullable<ReturnType<typeof byId.get>>>(marketEventColumns, prepared(db, limited(base()
    .where(and(
      ...filters(shape),
      shape.after
        ? sql`(${marketEvents.articleId}, ${marketEvents.spanStart}, ${marketEvents.id}) > (${sql.placeholder('afterArticle')}, ${sql.placeholder('afterStart')}, ${sql.placeholder('afterId')})`
        : undefined
    ))
    .orderBy(marketEvents.articleId, marketEvents.spanStart, marketEvents.id), 'limit'))))

  const total = perShape((shape: Filters) =>
    db.select({ n: sql<number>`count(*)` }).from(marketEvents).where(and(...filters(shape))).prepare())

  return {
    list: async (args: MarketEventListArgs) => list({ ...shapeOf(args), after: args.after !== undefined }).all(listParams(args)),
    count: async (args: MarketEventFilters) => total(shapeOf(args)).get(filterParams(args))?.n ?? 0,
    byId: async (id: string) => byId.get({ id })
  }
}

export type MarketEventStore = ReturnType<typeof marketEventStore>
export type MarketEventRow = NonNullable<Awaited<ReturnType<MarketEventStore['byId']>>>
