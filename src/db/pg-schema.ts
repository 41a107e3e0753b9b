// Drizzle tables and indexes for PostgreSQL: the same storage model as schema.ts (same tables, snake_case columns, constraints and index names), in PostgreSQL's types.
import { sql } from 'drizzle-orm'
import { bigint, check, customType, doublePrecision, foreignKey, index, integer, json, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  AFFILIATION_KINDS, DIRECTIONS, ENTITY_TYPES, MARKET_EVENT_KINDS, MEDIA, STATEMENT_KINDS, oneOf,
  type AffiliationKind, type DatePrecision, type Direction, type EntityType, type Figure, type MarketEventKind, type Medium, type Origin, type Stance, type StatementKind
} from './schema.js'

// Type choices, so both engines answer the same JSON:
// - dates stay text ('2025', '2025-01', '2025-01-29', as precise as known) and audit times stay the ISO 8601
//   text SQLite holds ('2026-11-29T10:00:00.000Z'): a timestamptz would come back as a Date and lose the precision;
// - confidence is double precision, as SQLite's REAL is (a float4 `real` would turn 0.3 into 0.30000001);
// - figures are `json`, which keeps the text as written (jsonb would reorder the keys);
// - seq is an int4 identity, as the rowid it mirrors never leaves JavaScript's safe integers; by default,
//   not always, so a copy from SQLite can keep every seq.
// Full-text indexes (0001_search.sql; statements' and articles' moved onto their stored vectors by 0004_bm25.sql),
// the content version, the counters and bm25's statistics are in migrations/pg/: drizzle-kit cannot express
// GIN indexes on an IMMUTABLE wrapper, nor triggers.
// Id, foreign-key and sort-key text columns are COLLATE "C" (byte order, as SQLite's BINARY), and the
// entities_name / entities_type_name indexes are on lower(name) COLLATE "C": migrations/pg/0003_collation_search.sql
// sets both, since drizzle-orm 0.45's pg-core text() cannot declare a collation. The stores compare those
// keys with COLLATE "C", which these indexes then serve.

const seq = () => integer('seq').primaryKey().generatedByDefaultAsIdentity()

/** A text-search vector; only the stores' SQL reads it, never a response. */
const tsvector = customType<{ data: string, driverData: string }>({ dataType: () => 'tsvector' })

export const articles = pgTable('articles', {
  seq: seq(),
  id: text('id').notNull().unique(),
  title: text('title').notNull(),
  author: text('author'),
  language: text('language').notNull(),
  publisher: text('publisher'),
  publishedDate: text('published_date'),
  publishedDatePrecision: text('published_date_precision').$type<DatePrecision>(),
  url: text('url'),
  contentHash: text('content_hash').unique(),
  // PostgreSQL generates stored columns only; it is a short text, so storing it costs little.
  dateKey: text('date_key').notNull().generatedAlwaysAs(sql`coalesce(published_date, '')`),
  standfirst: text('standfirst'),
  photoCaption: text('photo_caption'),
  body: text('body').notNull(),
  // Stored, as FTS5 keeps its index: ranking a search's candidates reads the vectors instead of parsing
  // each text again (about 50 µs a statement, 0.1 s for 2,000 candidates). 0004_bm25.sql adds it.
  searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(sql`wsw_article_vector(title, standfirst, body)`)
}, (t) => [
  index('articles_date').on(t.dateKey, t.id),
  check('articles_precision', sql`(${t.publishedDate} IS NULL) = (${t.publishedDatePrecision} IS NULL)`)
])

export const entities = pgTable('entities', {
  seq: seq(),
  id: text('id').notNull().unique(),
  name: text('name').notNull(),
  type: text('type').$type<EntityType>().notNull(),
  description: text('description').notNull(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  statementCount: integer('statement_count').notNull().default(0),
  subjectCount: integer('subject_count').notNull().default(0),
  mentionCount: integer('mention_count').notNull().default(0)
}, (t) => [
  // SQLite's COLLATE NOCASE: a name sorts by its lower case, which queries on PostgreSQL order by
  // (as lower(name) COLLATE "C", the expression migration 0003 rebuilds these two indexes on).
  index('entities_name').on(sql`lower(${t.name})`, t.id),
  index('entities_type_name').on(t.type, sql`lower(${t.name})`, t.id),
  index('entities_statement_count').on(t.statementCount, t.id),
  index('entities_subject_count').on(t.subjectCount, t.id),
  index('entities_mention_count').on(t.mentionCount, t.id),
  check('entities_type', oneOf('type', ENTITY_TYPES))
])

export const entityAliases = pgTable('entity_aliases', {
  entityId: text('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  alias: text('alias').notNull()
}, (t) => [
  primaryKey({ columns: [t.entityId, t.alias] })
])

// Where a merged entity went: its old id answers 301 to the entity it was merged into. Deleting that
// entity drops the redirects to it; merging it on re-points them, so no redirect ever chains.
export const entityRedirects = pgTable('entity_redirects', {
  fromId: text('from_id').primaryKey(),
  toId: text('to_id').notNull().references(() => entities.id, { onDelete: 'cascade' })
}, (t) => [
  index('entity_redirects_to').on(t.toId)
])

export const affiliations = pgTable('affiliations', {
  fromEntityId: text('from_entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  kind: text('kind').$type<AffiliationKind>().notNull(),
  toEntityId: text('to_entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  role: text('role'),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  evidence: text('evidence').notNull(),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull()
}, (t) => [
  primaryKey({ columns: [t.fromEntityId, t.kind, t.toEntityId] }),
  index('affiliations_to').on(t.toEntityId),
  check('affiliations_kind', oneOf('kind', AFFILIATION_KINDS)),
  check('affiliations_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

export const mentions = pgTable('mentions', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  entityId: text('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  text: text('text').notNull()
}, (t) => [
  primaryKey({ columns: [t.articleId, t.spanStart, t.entityId] }),
  index('mentions_entity').on(t.entityId, t.articleId),
  check('mentions_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

export const terms = pgTable('terms', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  text: text('text').notNull(),
  note: text('note')
}, (t) => [
  primaryKey({ columns: [t.articleId, t.spanStart] })
])

export const statements = pgTable('statements', {
  seq: seq(),
  id: text('id').notNull().unique(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  articleDate: text('article_date').notNull().default(''),
  position: integer('position').notNull(),
  speakerId: text('speaker_id').references(() => entities.id),
  speakerLabel: text('speaker_label').notNull(),
  kind: text('kind').$type<StatementKind>().notNull(),
  text: text('text').notNull(),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  medium: text('medium').$type<Medium>(),
  stance: text('stance').$type<Stance>(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  confidence: doublePrecision('confidence').notNull().default(1),
  // Stored for the reason articles' is.
  searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(sql`wsw_search_vector(text)`)
}, (t) => [
  uniqueIndex('statements_reading_order').on(t.articleId, t.position),
  // Also the target of statement_subjects' foreign key, which PostgreSQL requires to be unique.
  uniqueIndex('statements_newest').on(t.articleDate.desc(), t.articleId, t.position),
  index('statements_oldest').on(t.articleDate, t.articleId, t.position),
  index('statements_speaker').on(t.speakerId, t.articleDate.desc(), t.articleId, t.position),
  index('statements_speaker_reading').on(t.speakerId, t.articleId, t.position),
  index('statements_kind').on(t.kind, t.articleDate.desc(), t.articleId, t.position),
  index('statements_medium').on(t.medium, t.articleDate.desc(), t.articleId, t.position),
  check('statements_kind', oneOf('kind', STATEMENT_KINDS)),
  check('statements_medium', sql`medium IS NULL OR ${oneOf('medium', MEDIA)}`),
  check('statements_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

export const statementSubjects = pgTable('statement_subjects', {
  statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
  entityId: text('entity_id').notNull().references(() => entities.id),
  articleDate: text('article_date').notNull(),
  articleId: text('article_id').notNull(),
  position: integer('position').notNull()
}, (t) => [
  primaryKey({ columns: [t.statementId, t.entityId] }),
  foreignKey({ columns: [t.articleDate, t.articleId, t.position], foreignColumns: [statements.articleDate, statements.articleId, statements.position] })
    .onUpdate('cascade').onDelete('cascade'),
  index('statement_subjects_entity').on(t.entityId, t.articleDate.desc(), t.articleId, t.position),
  index('statement_subjects_entity_reading').on(t.entityId, t.articleId, t.position)
])

export const marketEvents = pgTable('market_events', {
  id: text('id').primaryKey(),
  entityId: text('entity_id').notNull().references(() => entities.id),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  kind: text('kind').$type<MarketEventKind>().notNull(),
  direction: text('direction').$type<Direction>(),
  figures: json('figures').$type<Figure[]>().notNull(),
  text: text('text').notNull(),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  date: text('date'),
  datePrecision: text('date_precision').$type<DatePrecision>(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  confidence: doublePrecision('confidence').notNull().default(1)
}, (t) => [
  uniqueIndex('market_events_article_span').on(t.articleId, t.spanStart, t.id),
  index('market_events_entity').on(t.entityId, t.articleId, t.spanStart, t.id),
  index('market_events_kind').on(t.kind, t.articleId, t.spanStart, t.id),
  check('market_events_kind', oneOf('kind', MARKET_EVENT_KINDS)),
  check('market_events_direction', sql`direction IS NULL OR ${oneOf('direction', DIRECTIONS)}`),
  check('market_events_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

export const kbVersion = pgTable('kb_version', {
  id: integer('id').primaryKey(),
  // Bumped by every row written, so int8: an int4 would run out after two billion writes.
  version: bigint('version', { mode: 'number' }).notNull()
}, (t) => [
  check('kb_version_single_row', sql`${t.id} = 1`)
])

export const rowCounts = pgTable('row_counts', {
  tableName: text('table_name').primaryKey(),
  n: bigint('n', { mode: 'number' }).notNull()
})

/**
 * Each full-text index's document and token counts, which bm25 reads for a word's rarity and the
 * average document length (FTS5 keeps its own on SQLite). PostgreSQL only, kept by the triggers of
 * migrations/pg/0004_bm25.sql; db:copy does not copy it, the destination's triggers count it.
 */
export const searchStats = pgTable('search_stats', {
  indexName: text('index_name').primaryKey(),
  docs: bigint('docs', { mode: 'number' }).notNull(),
  tokens: bigint('tokens', { mode: 'number' }).notNull()
})

export const audit = pgTable('audit', {
  seq: seq(),
  at: text('at').notNull(),
  keyId: text('key_id').notNull(),
  operation: text('operation').notNull(),
  target: text('target').notNull(),
  detail: text('detail')
}, (t) => [
  index('audit_at').on(t.at, t.seq)
])
