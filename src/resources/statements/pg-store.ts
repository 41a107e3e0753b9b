// Statement store on PostgreSQL: the same lists, counts, reads and writes as store.ts, answering the same rows in the same order, so the routes serve identical JSON on either engine.
import { createHash } from 'node:crypto'
import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core'
import { afterValues, keysetAfter, orderTerms, type SortColumn } from '../../db/keyset.js'
import { perShape } from '../../db/memo.js'
import { runPgScript, type PgDb } from '../../db/pg.js'
import { articles, entities, rowCounts, statementSubjects, statements } from '../../db/pg-schema.js'
import { bm25Of, bm25Terms, matches, pgMatchOf, type PgMatch } from '../../db/pg-search.js'
import { recordAudit } from '../audit/pg-store.js'
import { createStatement, updateStatement } from './curation.js'
import {
  countShortcut, dateRangeTerms, driverOf, filterParams, keyedBy, shapeOf, sortColumns, statementColumns, statementKeyOf, type Driver,
  type Filters, type Shape, type SortKeys, type StatementFilters, type StatementListArgs, type StatementRow, type StatementSort, type StatementStore, type Total
} from './store.js'

/**
 * Text in byte order, as SQLite's BINARY compares it: a database created with en_US ordering
 * would otherwise sort ids differently and, worse, ignore the '~' and '-' the date-range tests
 * rely on. Sorts and keyset bounds both use it, so a cursor bounds the order it came from.
 */
const bytewise = (column: AnyPgColumn | SQL): SQL => sql`${column} COLLATE "C"`

/** `filters` with the search as its tsquery and how many candidates it ranks; null when it has no word to search, which matches nothing. */
function resolve<F extends StatementFilters> ({ q, ...rest }: F): { filters: Omit<F, 'q'> & Pick<Filters, 'match'>, candidates: number | undefined, match: PgMatch | undefined } | null {
  const match = pgMatchOf(q)
  if (match === null) return null
  return { filters: { ...rest, match: match?.query }, candidates: match?.candidates, match }
}

// The candidates subquery's columns, read by the list's order and keyset bound.
const candidateSeq = sql<number>`"candidates"."seq"`
const candidateRank = sql<number>`"candidates"."rank"`

const keys: SortKeys = {
  articleDate: bytewise(statements.articleDate),
  articleId: bytewise(statements.articleId),
  position: sql`${statements.position}`,
  rank: candidateRank,
  seq: sql`${statements.seq}`
}

/** The same keys off statement_subjects' copies, so an entity's subject index serves the order. */
const subjectKeys: SortKeys = {
  ...keys,
  articleDate: bytewise(statementSubjects.articleDate),
  articleId: bytewise(statementSubjects.articleId),
  position: sql`${statementSubjects.position}`
}

/**
 * ORDER BY terms whose newest-first date matches the indexes' `article_date DESC NULLS LAST`:
 * PostgreSQL's DESC puts NULLs first, and the planner (not knowing the column is NOT NULL for
 * order's sake) would sort rather than walk an index declared otherwise. Other descending keys
 * keep plain DESC, which a backward walk of an ascending index serves.
 */
const pgOrderTerms = (columns: SortColumn[]): SQL[] => columns.map((c, i) =>
  c.dir === 'desc' && (c.expr === keys.articleDate || c.expr === subjectKeys.articleDate) ? sql`${c.expr} DESC NULLS LAST` : orderTerms(columns)[i]!)

/** A prepared statement's name, the same in every process for the same shape (and so the same SQL): node-postgres refuses one name for two texts. */
const nameOf = (what: string, shape: Shape) => `statements_${what}_${createHash('sha1').update(JSON.stringify(shape)).digest('hex').slice(0, 16)}`

const isSubject = (placeholder: string) => sql`EXISTS (SELECT 1 FROM ${statementSubjects} WHERE ${statementSubjects.statementId} = ${statements.id} AND ${statementSubjects.entityId} = ${sql.placeholder(placeholder)})`

/**
 * The WHERE terms of every filter but the search, which the candidates subquery applies, and
 * but the driver's own (its walk applies it). The drivers are SQLite's (driverOf in store.ts); a
 * search's candidates join statements here, so 'fts' filters as 'statements' does. PostgreSQL
 * would plan "speaker = x OR EXISTS (subject x)" by hashing every statement the entity is a
 * subject of before reading the first row: 8.7 ms an entity's page at 100k statements. The planner picks the index to walk, so none of
 * SQLite's index hints are needed. Bounds are cast to text: a bare parameter beside || has no
 * type PostgreSQL can infer.
 */
const filterTerms = (shape: Shape, driver: Driver = 'fts', dates: AnyPgColumn = driver === 'subjects' ? statementSubjects.articleDate : statements.articleDate): (SQL | undefined)[] => [
  shape.speaker ? eq(statements.speakerId, sql.placeholder('speaker')) : undefined,
  shape.about && driver !== 'subjects' ? isSubject('about') : undefined,
  shape.entity && driver !== 'either' ? sql`(${statements.speakerId} = ${sql.placeholder('entity')} OR ${isSubject('entity')})` : undefined,
  shape.article ? eq(statements.articleId, sql.placeholder('article')) : undefined,
  shape.kind ? eq(statements.kind, sql.placeholder('kind')) : undefined,
  shape.medium ? eq(statements.medium, sql.placeholder('medium')) : undefined,
  shape.unattributed ? sql`${statements.speakerId} IS NULL` : undefined,
  shape.attributed ? sql`${statements.speakerId} IS NOT NULL` : undefined,
  shape.origin ? eq(statements.origin, sql.placeholder('origin')) : undefined,
  shape.minConfidence ? sql`${statements.confidence} >= ${sql.placeholder('minConfidence')}` : undefined,
  shape.maxConfidence ? sql`${statements.confidence} <= ${sql.placeholder('maxConfidence')}` : undefined,
  ...dateRangeTerms(shape, bytewise(dates), sql`${sql.placeholder('from')}::text`, sql`${sql.placeholder('to')}::text`)
]

const columns = statementColumns(statements, entities, articles)

export function pgStatementStore (db: PgDb): StatementStore {
  const termsOf = bm25Terms(db)
  /**
   * A search's candidates: its most recent matches (highest seq), as many as it ranks, each
   * scored once, as SQLite's are; filters, order and cursor then apply to these only.
   */
  const candidates = (ranked: boolean) => db
    .select({ seq: statements.seq, ...(ranked ? { rank: bm25Of(statements.searchVector).as('rank') } : {}) })
    .from(statements)
    .where(matches(statements.searchVector))
    .orderBy(desc(statements.seq))
    .limit(sql.placeholder('candidates'))
    .as('candidates')

  /** One page: the statements after the cursor, in the requested order. */
  const list = perShape((shape: Shape) => {
    const driver = driverOf(shape)
    const order = sortColumns(shape.sort, keys)
    const joined = <T extends PgSelect>(query: T) => query
      .leftJoin(entities, eq(entities.id, statements.speakerId))
      .innerJoin(articles, eq(articles.id, statements.articleId))
    if (driver === 'subjects') {
      const subjectOrder = sortColumns(shape.sort, subjectKeys)
      return joined(db.select(columns).from(statementSubjects).innerJoin(statements, eq(statements.id, statementSubjects.statementId)).$dynamic())
        .where(and(eq(statementSubjects.entityId, sql.placeholder('about')), ...filterTerms(shape, driver), shape.after ? keysetAfter(subjectOrder) : undefined))
        .orderBy(...pgOrderTerms(subjectOrder))
        .limit(sql.placeholder('limit'))
        .prepare(nameOf('list', shape))
    }
    if (driver === 'either') {
      // The entity's first page as speaker and its first as subject, each off its own index with
      // its sort key, as SQLite does; the page is the best `limit` of their union, chosen before
      // any row is joined. A statement whose speaker is also a subject comes from both sides with
      // the same key (subjects copy their statement's), and DISTINCT keeps it once.
      const subjectOrder = sortColumns(shape.sort, subjectKeys)
      const asSpeaker = db.select(keyedBy(statements.seq, order)).from(statements)
        .where(and(eq(statements.speakerId, sql.placeholder('entity')), ...filterTerms(shape, driver), shape.after ? keysetAfter(order) : undefined))
        .orderBy(...pgOrderTerms(order))
        .limit(sql.placeholder('limit'))
      const asSubject = db.select(keyedBy(statements.seq, subjectOrder)).from(statementSubjects)
        .innerJoin(statements, eq(statements.id, statementSubjects.statementId))
        .where(and(eq(statementSubjects.entityId, sql.placeholder('entity')), ...filterTerms(shape, driver, statementSubjects.articleDate), shape.after ? keysetAfter(subjectOrder) : undefined))
        .orderBy(...pgOrderTerms(subjectOrder))
        .limit(sql.placeholder('limit'))
      const keysOut = sql.raw(order.map((_, i) => `k${i}`).join(', '))
      const best = sql.raw(order.map((c, i) => `k${i} ${c.dir === 'asc' ? 'ASC' : 'DESC'}`).join(', '))
      return joined(db.select(columns)
        .from(sql`(SELECT DISTINCT seq, ${keysOut} FROM ((${asSpeaker}) UNION ALL (${asSubject})) AS sides ORDER BY ${best} LIMIT ${sql.placeholder('limit')}) AS best`)
        .innerJoin(statements, sql`${statements.seq} = best.seq`).$dynamic())
        .orderBy(...pgOrderTerms(order))
        .prepare(nameOf('list', shape))
    }
    const where = and(...filterTerms(shape), shape.after ? keysetAfter(order) : undefined)
    // Only a search's rows have a rank; its candidates join as one more table.
    const query = joined(db.select({ ...columns, ...(shape.match ? { rank: candidateRank } : {}) }).from(statements).$dynamic())
    return (shape.match ? query.innerJoin(candidates(true), eq(candidateSeq, statements.seq)) : query)
      .where(where)
      .orderBy(...pgOrderTerms(order))
      .limit(sql.placeholder('limit'))
      .prepare(nameOf('list', shape))
  })

  /** How many statements match the filters, whatever the page (see count below for the fast paths). */
  const total = perShape((shape: Shape) =>
    db.select({ n: sql<number>`count(*)::int` }).from(statements).where(and(...filterTerms(shape))).prepare(nameOf('count', shape)))

  /**
   * A search counts what it lists, its candidates filtered, and also how many candidates it
   * found: fewer than it ranks means it saw every match, which is when SQLite (which then finds
   * no floor) calls the count exact. One read for both.
   */
  const searchTotal = perShape((shape: Shape) =>
    db.select({ n: sql<number>`(count(*) FILTER (WHERE ${and(...filterTerms(shape)) ?? sql`true`}))::int`, seen: sql<number>`count(*)::int` })
      .from(candidates(false))
      .innerJoin(statements, eq(statements.seq, candidateSeq))
      .prepare(nameOf('search_count', shape)))

  // Counts that need no scan: the entity counters the triggers keep, and the table's own count.
  const counters = db.select({ spoken: entities.statementCount, about: entities.subjectCount }).from(entities)
    .where(eq(entities.id, sql.placeholder('id'))).prepare('statements_counters')
  const everything = db.select({ n: rowCounts.n }).from(rowCounts).where(eq(rowCounts.tableName, 'statements')).prepare('statements_everything')

  const byId = db.select(columns)
    .from(statements)
    .leftJoin(entities, eq(entities.id, statements.speakerId))
    .innerJoin(articles, eq(articles.id, statements.articleId))
    .where(eq(statements.id, sql.placeholder('id')))
    .prepare('statements_by_id')

  // Ordered as SQLite orders them (statement id, then entity name, both BINARY); the entity id
  // only breaks ties between namesakes, which SQLite leaves to its plan.
  const subjectsOf = db.select({ statementId: statementSubjects.statementId, id: entities.id, name: entities.name, type: entities.type })
    .from(statementSubjects)
    .innerJoin(entities, eq(entities.id, statementSubjects.entityId))
    .where(sql`${statementSubjects.statementId} = ANY(${sql.placeholder('ids')})`)
    .orderBy(bytewise(statementSubjects.statementId), bytewise(entities.name), bytewise(entities.id))
    .prepare('statements_subjects_of')

  return {
    async list (listArgs: StatementListArgs): Promise<StatementRow[]> {
      const resolved = resolve(listArgs)
      if (resolved === null) return []
      const { filters, candidates, match } = resolved
      const bm25 = match === undefined ? {} : await termsOf('statements', match)
      return list(shapeOf(filters)).execute({ ...filterParams(filters), candidates, ...bm25, ...afterValues(filters.after), limit: filters.limit })
    },
    /** Matching statements: exact, except a search with at least as many matches as it ranks, which says so. */
    async count (countArgs: StatementFilters & { sort: StatementSort }): Promise<Total> {
      const resolved = resolve(countArgs)
      if (resolved === null) return { total: 0, exact: true }
      const { filters, candidates } = resolved
      const shortcut = countShortcut(filters)
      if (shortcut === 'everything') return { total: (await everything.execute())[0]?.n ?? 0, exact: true }
      if (shortcut !== undefined) return { total: (await counters.execute({ id: shortcut.id }))[0]?.[shortcut.counter] ?? 0, exact: true }
      const params = { ...filterParams(filters), candidates }
      if (candidates === undefined) return { total: (await total(shapeOf(filters)).execute(params))[0]?.n ?? 0, exact: true }
      const [row] = await searchTotal(shapeOf(filters)).execute(params)
      return { total: row?.n ?? 0, exact: (row?.seen ?? 0) < candidates }
    },
    keyOf: statementKeyOf,
    byId: async (id: string) => (await byId.execute({ id }))[0],
    /** The subjects of each statement in `ids`, keyed by statement id. */
    async subjects (ids: string[]) {
      const byStatement = new Map<string, { id: string, name: string, type: typeof entities.$inferSelect['type'] }[]>(ids.map((id) => [id, []]))
      for (const { statementId, ...ref } of await subjectsOf.execute({ ids })) byStatement.get(statementId)?.push(ref)
      return byStatement
    },
    create: async (input, keyId) => runPgScript(db, () => createStatement(input, keyId)),
    update: async (id, changes, keyId) => runPgScript(db, () => updateStatement(id, changes, keyId)),
    /** Removes a statement and its subjects; false when there was none. */
    delete: async (id: string, keyId: string): Promise<boolean> => db.transaction(async (tx) => {
      const removed = (await tx.delete(statements).where(eq(statements.id, id)).returning({ id: statements.id })).length > 0
      if (removed) await recordAudit(tx, keyId, 'statement.delete', `/v1/statements/${id}`, null)
      return removed
    })
  }
}
