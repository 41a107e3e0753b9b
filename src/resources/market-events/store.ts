// Market event store (drizzle, prepared): filtered keyset lists in reading order and one event.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { limited } from '../../db/keyset.js'
import { mappedRows, perShape, prepared } from '../../db/memo.js'
import { articles, entities, marketEvents, type MarketEventKind } from '../../db/schema.js'

const marketEventColumns = {
  id: marketEvents.id,
  kind: marketEvents.kind,
  direction: marketEvents.direction,
  figures: marketEvents.figures,
  text: marketEvents.text,
  spanStart: marketEvents.spanStart,
  spanEnd: marketEvents.spanEnd,
  date: marketEvents.date,
  datePrecision: marketEvents.datePrecision,
  origin: marketEvents.origin,
  confidence: marketEvents.confidence,
  entity: { id: entities.id, name: entities.name, type: entities.type },
  article: {
    id: articles.id,
    title: articles.title,
    publishedDate: articles.publishedDate,
    publishedDatePrecision: articles.publishedDatePrecision
  }
}

export interface MarketEventListArgs {
  entity?: string | undefined
  article?: string | undefined
  kind?: MarketEventKind | undefined
  after?: readonly [string, number, string] | undefined
  limit: number
}

// A type alias, not an interface: perShape keys its cache by plain records.
type Filters = { entity: boolean, article: boolean, kind: boolean }
const shapeOf = (args: Pick<MarketEventListArgs, 'entity' | 'article' | 'kind'>): Filters =>
  ({ entity: args.entity !== undefined, article: args.article !== undefined, kind: args.kind !== undefined })

export function marketEventStore (db: Db) {
  const base = () => db.select(marketEventColumns)
    .from(marketEvents)
    .innerJoin(entities, eq(entities.id, marketEvents.entityId))
    .innerJoin(articles, eq(articles.id, marketEvents.articleId))

  const filters = (shape: Filters) => [
    shape.entity ? eq(marketEvents.entityId, sql.placeholder('entity')) : undefined,
    shape.article ? eq(marketEvents.articleId, sql.placeholder('article')) : undefined,
    shape.kind ? eq(marketEvents.kind, sql.placeholder('kind')) : undefined
  ]

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
    list: async (args: MarketEventListArgs) => list({ ...shapeOf(args), after: args.after !== undefined }).all({
      entity: args.entity,
      article: args.article,
      kind: args.kind,
      afterArticle: args.after?.[0],
      afterStart: args.after?.[1],
      afterId: args.after?.[2],
      limit: args.limit
    }),
    count: async (args: Pick<MarketEventListArgs, 'entity' | 'article' | 'kind'>) =>
      total(shapeOf(args)).get({ entity: args.entity, article: args.article, kind: args.kind })?.n ?? 0,
    byId: async (id: string) => byId.get({ id })
  }
}

export type MarketEventStore = ReturnType<typeof marketEventStore>
export type MarketEventRow = NonNullable<Awaited<ReturnType<MarketEventStore['byId']>>>
