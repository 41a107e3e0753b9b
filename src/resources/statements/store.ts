// Statement store (drizzle, prepared): filtered, sorted keyset lists (full-text search included), counts, one statement, the subjects of a page, and an editor's corrections and deletions.
import { and, eq, exists, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm'
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core'
import { versionReader, type Db } from '../../db/index.js'
import { afterValues, bound, keysetAfter, limited, limitedFrom, orderTerms, type SortColumn } from '../../db/keyset.js'
import { mappedRows, perShape, prepared, type RawRows, type Selection } from '../../db/memo.js'
import { candidateRank, candidateSeq, candidates, candidatesFor, floorFinder, matchOf } from '../../db/search.js'
import { binaryCompare } from '../../db/text.js'
import { articles, entities, rowCounts, statementSubjects, statements, type Medium, type Origin, type Stance, type StatementKind } from '../../db/schema.js'
import { runScript } from '../../db/script.js'
import { recordAudit } from '../audit/store.js'
import { createStatement, updateStatement, type NewStatement, type StatementChanges } from './curation.js'

export const STATEMENT_SORTS = ['-date', 'date', 'position', '-position', 'relevance'] as const
export type StatementSort = (typeof STATEMENT_SORTS)[number]

export type Role = 'speaker' | 'subject' | 'any'

/** The filters as a store runs them: a search as its engine's query text (FTS5 here, a tsquery on PostgreSQL). */
export interface Filters {
  speaker?: string | undefined
  /** A subject of the statement. */
  about?: string | undefined
  /** The speaker or a subject. */
  entity?: string | undefined
  article?: string | undefined
  kind?: StatementKind | undefined
  medium?: Medium | undefined
  /** Article date range (ISO dates of any precision, inclusive); a partial date matches when its period overlaps. */
  from?: string | undefined
  to?: string | undefined
  /** An FTS5 query (see ftsQuery), or on PostgreSQL a tsquery (see pgMatchOf). */
  match?: string | undefined
  origin?: Origin | undefined
  /** Confidence bounds, both inclusive. */
  minConfidence?: number | undefined
  maxConfidence?: number | undefined
  /** false: only statements whose speaker is unresolved (null); true: only attributed ones. */
  hasSpeaker?: boolean | undefined
}

/** The filters a list takes: `q`, a search's words, as the client typed them. */
export type StatementFilters = Omit<Filters, 'match'> & { q?: string | undefined }

/** `filters` with the search as its FTS5 query; null when the search has no word to search, which matches nothing. */
function resolve<F extends StatementFilters> ({ q, ...rest }: F): (Omit<F, 'q'> & { match?: string | undefined }) | null {
  const match = matchOf(q)
  return match === null ? null : { ...rest, match }
}

/** An editor's correction; what is left out stays as it is. */
export type { StatementChanges } from './curation.js'

export interface StatementListArgs extends StatementFilters {
  sort: StatementSort
  after?: readonly (string | number)[] | undefined
  limit: number
  /**
   * The item fields the client asked for (`fields=`): a row may then lack the others, and their
   * joins are skipped. A hint: a store may read every column anyway.
   */
  fields?: readonly string[] | undefined
  /** The content version the caller has read for this answer (its ETag's), when it has: the store then need not read it again. */
  version?: number | undefined
}

/**
 * Which table drives a list: the full-text index for a search, the union of an entity's two
 * index walks for "either role", statement_subjects for a subject, else statements itself.
 * Each walks an index that holds its rows in the default order, so a page costs the same
 * however large the corpus.
 */
export type Driver = 'fts' | 'either' | 'subjects' | 'statements'

// hasSpeaker's value changes the SQL, not only its presence: two flags stand for it.
export type Shape = { [K in Exclude<keyof Filters, 'hasSpeaker'>]-?: boolean } & { attributed: boolean, unattributed: boolean, sort: StatementSort, after: boolean }

export const shapeOf = (args: Filters & { sort: StatementSort, after?: unknown }): Shape => ({
  speaker: args.speaker !== undefined,
  about: args.about !== undefined,
  entity: args.entity !== undefined,
  article: args.article !== undefined,
  kind: args.kind !== undefined,
  medium: args.medium !== undefined,
  from: args.from !== undefined,
  to: args.to !== undefined,
  match: args.match !== undefined,
  origin: args.origin !== undefined,
  minConfidence: args.minConfidence !== undefined,
  maxConfidence: args.maxConfidence !== undefined,
  attributed: args.hasSpeaker === true,
  unattributed: args.hasSpeaker === false,
  sort: args.sort,
  after: args.after !== undefined
})

export interface Total {
  total: number
  /** False when `total` is a lower bound: a search lists (and counts) only its candidates. */
  exact: boolean
}

// An article holds a handful of statements: with one in the filters, its rows are read and the
// entity filters checked on each, rather than walking an entity's list down to the article.
export const driverOf = (shape: Shape): Driver =>
  shape.match ? 'fts' : shape.article ? 'statements' : shape.entity ? 'either' : shape.about ? 'subjects' : 'statements'

/** One side of an "either role" union: the row's seq and its sort key as k0, k1, …, which the union orders its best page by. */
export const keyedBy = <S>(seq: S, columns: SortColumn[]) => ({
  seq,
  ...Object.fromEntries(columns.map((c, i) => [`k${i}`, sql`${c.expr}`.as(`k${i}`)]))
})

// bm25() rather than the rank column: ordering by FTS5's rank column makes it rank every match
// itself before the candidates' LIMIT applies.
const rank = sql<number>`bm25(statements_fts)`

/** The expressions a sort orders by: the subjects driver sorts by its own copy of the key so its index serves the order; PostgreSQL's compare text in byte order. */
export interface SortKeys { articleDate: SQL, articleId: SQL, position: SQL, rank: SQL, seq: SQL }

/** Sort columns, the same on either engine; only the expressions differ. */
export function sortColumns (sort: StatementSort, keys: SortKeys): SortColumn[] {
  const c = (expr: SQL, dir: 'asc' | 'desc'): SortColumn => ({ expr, dir })
  switch (sort) {
    case '-date': return [c(keys.articleDate, 'desc'), c(keys.articleId, 'asc'), c(keys.position, 'asc')]
    case 'date': return [c(keys.articleDate, 'asc'), c(keys.articleId, 'asc'), c(keys.position, 'asc')]
    case 'position': return [c(keys.articleId, 'asc'), c(keys.position, 'asc')]
    case '-position': return [c(keys.articleId, 'desc'), c(keys.position, 'desc')]
    case 'relevance': return [c(keys.rank, 'asc'), c(keys.seq, 'asc')]
  }
}

/**
 * The WHERE terms of an article date range on `dates`, its bounds `from` and `to`. A partial date
 * matches when its period overlaps the range: "2025" is in from=2025-01-15. The year bound is
 * implied by the exact test and, unlike it, lets an index seek to the range.
 */
export const dateRangeTerms = (shape: Pick<Shape, 'from' | 'to'>, dates: SQL, from: SQLWrapper, to: SQLWrapper): (SQL | undefined)[] => [
  shape.from ? sql`(${dates} <> '' AND ${dates} >= substr(${from}, 1, 4) AND ${dates} || '~' >= ${from})` : undefined,
  shape.to ? sql`(${dates} <> '' AND ${dates} <= ${to} || '~')` : undefined
]

/** The placeholder values of `f`'s filters. */
export const filterParams = (f: Filters) => ({
  speaker: f.speaker, about: f.about, entity: f.entity, article: f.article, kind: f.kind, medium: f.medium,
  from: f.from, to: f.to, match: f.match, origin: f.origin, minConfidence: f.minConfidence, maxConfidence: f.maxConfidence
})

/**
 * A count that needs no scan: the table's own count without filters, an entity's counter (kept by
 * triggers) with only a speaker or only a subject; undefined when the filters need a scan.
 */
export function countShortcut (f: Filters): 'everything' | { id: string, counter: 'spoken' | 'about' } | undefined {
  const set = Object.entries({ ...filterParams(f), hasSpeaker: f.hasSpeaker }).filter(([, v]) => v !== undefined).map(([k]) => k)
  if (set.length === 0) return 'everything'
  if (set.length === 1 && f.speaker !== undefined) return { id: f.speaker, counter: 'spoken' }
  if (set.length === 1 && f.about !== undefined) return { id: f.about, counter: 'about' }
  return undefined
}

/**
 * A statement row's fields, from either engine's tables (the same names on both), so both select
 * the same keys in the same order. PostgreSQL reads the speaker through a LEFT JOIN (null when
 * unresolved); SQLite's store swaps it for the speaker's id and looks the reference up in its map.
 */
type RowColumn = 'seq' | 'id' | 'articleId' | 'articleDate' | 'position' | 'kind' | 'text' | 'speakerLabel' | 'medium' | 'stance' | 'origin' | 'confidence' | 'spanStart' | 'spanEnd'
type SpeakerColumn = 'id' | 'name' | 'type'
type ArticleColumn = 'id' | 'title' | 'publishedDate' | 'publishedDatePrecision'
export const statementColumns = <S extends Record<RowColumn, unknown>, E extends Record<SpeakerColumn, unknown>, A extends Record<ArticleColumn, unknown>> (s: S, e: E, a: A):
  Pick<S, RowColumn> & { speaker: Pick<E, SpeakerColumn>, article: Pick<A, ArticleColumn> } => ({
  seq: s.seq,
  id: s.id,
  articleId: s.articleId,
  articleDate: s.articleDate,
  position: s.position,
  kind: s.kind,
  text: s.text,
  speakerLabel: s.speakerLabel,
  medium: s.medium,
  stance: s.stance,
  origin: s.origin,
  confidence: s.confidence,
  spanStart: s.spanStart,
  spanEnd: s.spanEnd,
  speaker: { id: e.id, name: e.name, type: e.type },
  article: { id: a.id, title: a.title, publishedDate: a.publishedDate, publishedDatePrecision: a.publishedDatePrecision }
})

// What every row is read with, whatever fields the client asked for: its sort keys, and the id
// its subjects are read by. `span` is read from two columns, and a search's snippet from the text.
const ALWAYS_READ = ['seq', 'id', 'articleId', 'articleDate', 'position']
const COLUMNS_OF: Record<string, string[]> = { span: ['spanStart', 'spanEnd'], search: ['text'], speaker: ['speakerId'] }

/**
 * The part of a row's selection that `fields` (an item's field names) reads; every column
 * without. Leaving out `speaker` or `article` leaves out their join.
 */
export function columnsFor<C extends Record<string, unknown>> (columns: C, fields: readonly string[] | undefined): C {
  if (fields === undefined) return columns
  const kept = new Set([...ALWAYS_READ, ...fields.flatMap((f) => COLUMNS_OF[f] ?? [f])])
  return Object.fromEntries(Object.entries(columns).filter(([key]) => kept.has(key))) as C
}

/** The sort key of a row, as a cursor stores it. */
export function statementKeyOf (row: StatementRow, sort: StatementSort): (string | number)[] {
  switch (sort) {
    case '-date':
    case 'date': return [row.articleDate, row.articleId, row.position]
    case 'position':
    case '-position': return [row.articleId, row.position]
    case 'relevance': return [row.rank ?? 0, row.seq]
  }
}


// The columns of a search's `hits` subquery (a limited page: see db/keyset.ts's limitedFrom).
const hitSeq = sql<number>`"hits"."seq"`
const hitRank = sql<number>`"hits"."rank"`

const statementKeys: SortKeys = { articleDate: sql`${statements.articleDate}`, articleId: sql`${statements.articleId}`, position: sql`${statements.position}`, rank, seq: sql`${statements.seq}` }
const subjectKeys: SortKeys = { ...statementKeys, articleDate: sql`${statementSubjects.articleDate}`, articleId: sql`${statementSubjects.articleId}`, position: sql`${statementSubjects.position}` }

export function statementStore (db: Db) {
  const isSubject = (placeholder: string) => exists(db.select({ one: sql`1` }).from(statementSubjects).where(and(
    sql`${sql.identifier('statement_subjects')}.${sql.identifier('statement_id')} = ${sql.identifier('statements')}.${sql.identifier('id')}`,
    eq(statementSubjects.entityId, sql.placeholder(placeholder))
  )))

  const matchTerm = sql`statements_fts MATCH ${sql.placeholder('match')}`

  /**
   * The WHERE terms of every filter the driver does not already apply; date ranges on `dates`,
   * the article date of the table whose index is walked (the driver's, unless told), so the
   * range bounds that walk.
   */
  function filterTerms (shape: Shape, driver: Driver, dates: AnyColumn = driver === 'subjects' ? statementSubjects.articleDate : statements.articleDate): (SQL | undefined)[] {
    // The narrowest filter's index is the walk to take: an article holds a handful of statements,
    // an entity a sliver, a kind or medium a sixth to a third of them. SQLite has no statistics
    // to tell, and walking a kind's index to find an entity's or an article's rows reads far
    // more, and more as the corpus grows (at 100k: a minor entity's paraphrases 0.86 ms against
    // 0.24 ms, an article's quotes 2.1 ms against 0.09 ms). A unary + keeps it off an index.
    const anchored = shape.speaker || shape.entity || shape.about || shape.article
    // Unresolved speakers are a review queue, a sliver of the corpus: with no anchor, the speaker
    // index walks them (speaker_id IS NULL, in the sort's order) and a kind or medium is checked
    // on each. "Attributed" is nearly every row, so it is only ever checked, never walked; so are
    // origin and confidence, which no index holds (a review lists a page of them off the walk).
    const narrowed = anchored || shape.unattributed
    const offIndex = (column: AnyColumn, off: boolean) => (off ? sql`+${column}` : sql`${column}`)
    return [
      shape.speaker ? sql`${offIndex(statements.speakerId, shape.article)} = ${sql.placeholder('speaker')}` : undefined,
      shape.about && driver !== 'subjects' ? isSubject('about') : undefined,
      shape.entity && driver !== 'either' ? sql`(${statements.speakerId} = ${sql.placeholder('entity')} OR ${isSubject('entity')})` : undefined,
      shape.article ? eq(statements.articleId, sql.placeholder('article')) : undefined,
      shape.kind ? sql`${offIndex(statements.kind, narrowed)} = ${sql.placeholder('kind')}` : undefined,
      shape.medium ? sql`${offIndex(statements.medium, narrowed)} = ${sql.placeholder('medium')}` : undefined,
      shape.unattributed ? sql`${offIndex(statements.speakerId, anchored)} IS NULL` : undefined,
      shape.attributed ? sql`${offIndex(statements.speakerId, true)} IS NOT NULL` : undefined,
      shape.origin ? sql`${statements.origin} = ${sql.placeholder('origin')}` : undefined,
      shape.minConfidence ? sql`${statements.confidence} >= ${sql.placeholder('minConfidence')}` : undefined,
      shape.maxConfidence ? sql`${statements.confidence} <= ${sql.placeholder('maxConfidence')}` : undefined,
      ...dateRangeTerms(shape, sql`${dates}`, sql.placeholder('from'), sql.placeholder('to')),
      shape.match ? matchTerm : undefined
    ]
  }

  // Speakers are not joined: their references come from a map of every entity, read again when
  // the content version moves. A page names up to a hundred speakers among a few hundred
  // entities, and joining each row to entities was 40% of reading a page of 100 statement texts.
  const readVersion = versionReader(db)
  const everyRef = db.select({ id: entities.id, name: entities.name, type: entities.type }).from(entities).prepare()
  let refs: { version: number, byId: Map<string, EntityRef> } | undefined
  const refsNow = (version = readVersion()) => {
    if (refs?.version !== version) refs = { version, byId: new Map(everyRef.all().map((ref) => [ref.id, ref])) }
    return refs.byId
  }
  /** Rows of `query`, with their speaker's reference when the selection reads the speaker; null for an unresolved one. */
  const statementRows = (fields: Selection, query: RawRows) => {
    const rows = mappedRows<StatementRow>(fields, query)
    const withSpeakers = 'speakerId' in fields
      ? (read: StatementRow[], version?: number) => {
          const byId = refsNow(version)
          for (const row of read) row.speaker = row.speakerId == null ? null : byId.get(row.speakerId) ?? null
          return read
        }
      : (read: StatementRow[]) => read
    return {
      all: (params?: Record<string, unknown>, version?: number) => withSpeakers(rows.all(params), version),
      get: (params?: Record<string, unknown>, version?: number) => {
        const row = rows.get(params)
        return row && withSpeakers([row], version)[0]
      }
    }
  }

  const { speaker: _joined, ...rowColumns } = statementColumns(statements, entities, articles)
  const allColumns = { ...rowColumns, speakerId: statements.speakerId }
  /** A select of `columns` from `from`, joined to the article when it is read. */
  const joined = <Q extends SQLiteSelect>(query: Q, columns: Selection): Q =>
    ('article' in columns ? query.innerJoin(articles, eq(articles.id, statements.articleId)) : query) as Q
  /** One page: the statements after the cursor, in the requested order, with the columns `fields` reads. */
  const list = perShape((shape: Shape & { fields: string }) => {
    const columns = columnsFor(allColumns, shape.fields === '' ? undefined : shape.fields.split(','))
    const driver = driverOf(shape)
    const filters = filterTerms(shape, driver)
    if (driver === 'fts') {
      // Three steps, so a search costs about the same whatever the corpus: the most recent
      // candidates straight off the index (newest first, which FTS5 can stop early), each scored
      // once; then filters, order and cursor over those; then the page's few rows joined to
      // their speaker and article.
      const ranked = candidates(db, 'statements_fts', rank)
      const rowFilters = filters.filter((f) => f !== undefined && f !== matchTerm)
      // A bare search in relevance order needs nothing of the candidates' rows to choose its
      // page: their rank and rowid (the seq) are the order and the cursor. Joining 2,000
      // candidates to their rows only to read those back was a quarter of the search.
      const bare = shape.sort === 'relevance' && rowFilters.length === 0
      const order = sortColumns(shape.sort, { ...statementKeys, rank: candidateRank, ...(bare ? { seq: candidateSeq } : {}) })
      const chosen = db.select({ seq: sql<number>`${bare ? candidateSeq : statements.seq}`.as('seq'), rank: sql<number>`${candidateRank}`.as('rank') }).from(ranked)
      const hits = limitedFrom((bare ? chosen : chosen.innerJoin(statements, sql`${statements.seq} = ${candidateSeq}`))
        .where(and(...rowFilters, shape.after ? keysetAfter(order) : undefined))
        .orderBy(...orderTerms(order)), 'limit', 'hits')
      const outerOrder = shape.sort === 'relevance' ? [hitRank, statements.seq] : orderTerms(sortColumns(shape.sort, statementKeys))
      const fields = { ...columns, rank: hitRank }
      return statementRows(fields, joined(db.select(fields)
        .from(hits)
        .innerJoin(statements, eq(statements.seq, hitSeq)).$dynamic(), fields)
        .orderBy(...outerOrder)
        .prepare())
    }
    if (driver === 'subjects') {
      const order = sortColumns(shape.sort, subjectKeys)
      return statementRows(columns, prepared(db, limited(joined(db.select(columns)
        .from(statementSubjects)
        .innerJoin(statements, eq(statements.id, statementSubjects.statementId)).$dynamic(), columns)
        .where(and(eq(statementSubjects.entityId, sql.placeholder('about')), ...filters, shape.after ? keysetAfter(order) : undefined))
        .orderBy(...orderTerms(order)), 'limit')))
    }
    const order = sortColumns(shape.sort, statementKeys)
    const after = shape.after ? keysetAfter(order) : undefined
    if (driver === 'either') {
      // The entity's first page as speaker and its first page as subject, each off its own
      // index under the same filters and order; the page is the best `limit` of their union.
      // Both indexes hold the sort key, so the page is chosen before any row is read or joined:
      // 20 rows joined instead of 40 (a third of the query). A statement whose speaker is also
      // a subject comes from both sides with the same key; GROUP BY keeps it once.
      const subjectOrder = sortColumns(shape.sort, subjectKeys)
      const keyed = (columns: SortColumn[]) => keyedBy(statements.seq, columns)
      const asSpeaker = limited(db.select(keyed(order)).from(statements)
        .where(and(eq(statements.speakerId, sql.placeholder('entity')), ...filters, after))
        .orderBy(...orderTerms(order)), 'limit')
      const asSubject = limited(db.select(keyed(subjectOrder)).from(statementSubjects)
        .innerJoin(statements, eq(statements.id, statementSubjects.statementId))
        .where(and(eq(statementSubjects.entityId, sql.placeholder('entity')), ...filterTerms(shape, driver, statementSubjects.articleDate), shape.after ? keysetAfter(subjectOrder) : undefined))
        .orderBy(...orderTerms(subjectOrder)), 'limit')
      const best = sql.join(order.map((c, i) => sql.raw(`k${i} ${c.dir}`)), sql`, `)
      return statementRows(columns, joined(db.select(columns)
        .from(sql`(SELECT seq FROM (SELECT * FROM (${asSpeaker}) UNION ALL SELECT * FROM (${asSubject})) GROUP BY seq ORDER BY ${best} LIMIT ${bound('limit')}) AS best`)
        .innerJoin(statements, sql`${statements.seq} = best.seq`).$dynamic(), columns)
        .orderBy(...orderTerms(order))
        .prepare())
    }
    return statementRows(columns, prepared(db, limited(joined(db.select(columns)
      .from(statements).$dynamic(), columns)
      .where(and(...filters, after))
      .orderBy(...orderTerms(order)), 'limit')))
  })

  /** How many statements match the filters, whatever the page (see count below for the fast paths). */
  const total = perShape((shape: Shape) => {
    const driver = driverOf(shape)
    const filters = filterTerms(shape, driver)
    if (driver === 'fts') {
      // What the search would list: its candidates, filtered.
      return db.select({ n: sql<number>`count(*)` }).from(candidates(db, 'statements_fts', sql`0`))
        .innerJoin(statements, sql`${statements.seq} = ${candidateSeq}`)
        .where(and(...filters.filter((f) => f !== matchTerm))).prepare()
    }
    if (driver === 'subjects') {
      return db.select({ n: sql<number>`count(*)` }).from(statementSubjects)
        .innerJoin(statements, eq(statements.id, statementSubjects.statementId))
        .where(and(eq(statementSubjects.entityId, sql.placeholder('about')), ...filters)).prepare()
    }
    const either = driver === 'either'
      ? sql`${statements.seq} IN (SELECT ${statements.seq} FROM ${statements} WHERE ${statements.speakerId} = ${sql.placeholder('entity')}
          UNION SELECT ${statements.seq} FROM ${statementSubjects} JOIN ${statements} ON ${statements.id} = ${statementSubjects.statementId}
          WHERE ${statementSubjects.entityId} = ${sql.placeholder('entity')})`
      : undefined
    return db.select({ n: sql<number>`count(*)` }).from(statements).where(and(either, ...filters)).prepare()
  })

  // Counts that need no scan: the entity counters the triggers keep, and the table's own count.
  const counters = db.select({ spoken: entities.statementCount, about: entities.subjectCount }).from(entities).where(eq(entities.id, sql.placeholder('id'))).prepare()
  const everything = db.select({ n: rowCounts.n }).from(rowCounts).where(eq(rowCounts.tableName, 'statements')).prepare()
  const searchFloor = floorFinder(db, 'statements_fts')

  const byId = statementRows(allColumns, db.select(allColumns)
    .from(statements)
    .innerJoin(articles, eq(articles.id, statements.articleId))
    .where(eq(statements.id, sql.placeholder('id')))
    .prepare())

  // Subjects, like speakers, take their references from the entity map: the join to entities and
  // the sort by name in SQL were half of reading a speaker's page of 20.
  const subjectFields = { statementId: statementSubjects.statementId, entityId: statementSubjects.entityId }
  const subjectsOf = mappedRows<{ statementId: string, entityId: string }>(subjectFields, prepared(db, db.select(subjectFields)
    .from(statementSubjects)
    .where(sql`${statementSubjects.statementId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .getSQL()))
  // As PostgreSQL orders them: by name in SQLite's BINARY order, the id breaking ties between namesakes.
  const byName = (a: EntityRef, b: EntityRef) => binaryCompare(a.name, b.name) || binaryCompare(a.id, b.id)

  return {
    async list (listArgs: StatementListArgs): Promise<StatementRow[]> {
      const args = resolve(listArgs)
      if (args === null) return []
      const candidates = args.match === undefined ? undefined : candidatesFor(args.match)
      return list({ ...shapeOf(args), fields: listArgs.fields?.join(',') ?? '' }).all({ ...filterParams(args), candidates, ...afterValues(args.after), limit: args.limit }, listArgs.version)
    },
    /** Matching statements: exact, except a bare search past COUNT_CAP matches, which says so. */
    async count (countArgs: StatementFilters & { sort: StatementSort }): Promise<Total> {
      const filters = resolve(countArgs)
      if (filters === null) return { total: 0, exact: true }
      const shortcut = countShortcut(filters)
      if (shortcut === 'everything') return { total: everything.get()?.n ?? 0, exact: true }
      if (shortcut !== undefined) return { total: counters.get({ id: shortcut.id })?.[shortcut.counter] ?? 0, exact: true }
      const candidates = filters.match === undefined ? undefined : candidatesFor(filters.match)
      const n = total(shapeOf(filters)).get({ ...filterParams(filters), candidates })?.n ?? 0
      // A search counts what it lists, its candidates; when there are more matches, it says so.
      const exact = filters.match === undefined || searchFloor(filters.match) === undefined
      return { total: n, exact }
    },
    keyOf: statementKeyOf,
    byId: async (id: string, version?: number) => byId.get({ id }, version),
    /** The subjects of each statement in `ids`, keyed by statement id. */
    async subjects (ids: string[], version?: number) {
      const byStatement = new Map<string, EntityRef[]>(ids.map((id) => [id, []]))
      const refs = refsNow(version)
      for (const { statementId, entityId } of subjectsOf.all({ ids: JSON.stringify(ids) })) {
        const ref = refs.get(entityId)
        if (ref !== undefined) byStatement.get(statementId)?.push(ref)
      }
      for (const subjects of byStatement.values()) if (subjects.length > 1) subjects.sort(byName)
      return byStatement
    },
    /** Adds an editor's statement, its text read from the article at its span, with its audit row, in one transaction. */
    create: async (input: NewStatement, keyId: string) => runScript(db, () => createStatement(input, keyId)),
    /** Applies an editor's changes, with its audit row, in one transaction; the statement becomes curated. */
    update: async (id: string, changes: StatementChanges, keyId: string) => runScript(db, () => updateStatement(id, changes, keyId)),
    /** Removes a statement and its subjects; false when there was none. */
    delete: async (id: string, keyId: string): Promise<boolean> => db.transaction((tx) => {
      const removed = tx.delete(statements).where(eq(statements.id, id)).run().changes > 0
      if (removed) recordAudit(tx, keyId, 'statement.delete', `/v1/statements/${id}`, null)
      return removed
    })
  }
}

export interface StatementRow {
  seq: number
  id: string
  articleId: string
  articleDate: string
  position: number
  kind: StatementKind
  text: string
  speakerLabel: string
  medium: Medium | null
  stance: Stance | null
  origin: Origin
  confidence: number
  spanStart: number
  spanEnd: number
  /** Null when the extractor could not tell who said it (speakerLabel keeps the text's words). A shared reference: never change it. */
  speaker: EntityRef | null
  /** The speaker's id, as read before its reference is looked up (SQLite). */
  speakerId?: string | null
  article: { id: string, title: string, publishedDate: string | null, publishedDatePrecision: typeof articles.$inferSelect['publishedDatePrecision'] }
  /** Present on search results only. */
  rank?: number
}

export type StatementStore = ReturnType<typeof statementStore>

type EntityRef = { id: string, name: string, type: typeof entities.$inferSelect['type'] }
