// Drizzle tables and indexes: the knowledge base's storage model (SQL names are snake_case).
import { sql } from 'drizzle-orm'
import { check, foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const ENTITY_TYPES = ['person', 'organization', 'product', 'platform', 'concept'] as const
export const STATEMENT_KINDS = ['quote', 'partial_quote', 'paraphrase', 'no_comment'] as const
export const MEDIA = ['press_statement', 'earnings_call', 'linkedin_post', 'x_post', 'news_report'] as const
export const AFFILIATION_KINDS = ['works_for', 'founded', 'owns', 'made_by'] as const
export const MARKET_EVENT_KINDS = ['share_price_change', 'market_value_change', 'index_change', 'deal_value', 'financial_result', 'amount'] as const
/** The kinds that are moves and so have a direction; the others are sums (a deal's value, a result, a fine). */
export const MARKET_MOVE_KINDS = ['share_price_change', 'market_value_change', 'index_change'] as const satisfies readonly (typeof MARKET_EVENT_KINDS)[number][]
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const
export const DIRECTIONS = ['up', 'down'] as const
export const ORIGINS = ['curated', 'extracted'] as const
export const STANCES = ['positive', 'negative', 'neutral', 'mixed'] as const

export type EntityType = (typeof ENTITY_TYPES)[number]
export type StatementKind = (typeof STATEMENT_KINDS)[number]
export type Medium = (typeof MEDIA)[number]
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number]
export type MarketEventKind = (typeof MARKET_EVENT_KINDS)[number]
export type DatePrecision = (typeof DATE_PRECISIONS)[number]
export type Direction = (typeof DIRECTIONS)[number]
export type Origin = (typeof ORIGINS)[number]
export type Stance = (typeof STANCES)[number]

export interface Figure {
  value: number
  unit: 'percent' | 'currency'
  currency: string | null
  text: string
}

// SQL `IN (...)` list for a CHECK constraint over one of the vocabularies above (both engines' schemas use it).
export const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`)

// Articles, entities and statements have an integer `seq` as their rowid, so the full-text
// indexes (migrations/sqlite/0001_search.sql) can point at rows that VACUUM never renumbers; the API
// only ever shows the stable text `id`.

export const articles = sqliteTable('articles', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull().unique(),
  title: text('title').notNull(),
  author: text('author'),
  language: text('language').notNull(),
  publisher: text('publisher'),
  publishedDate: text('published_date'),
  publishedDatePrecision: text('published_date_precision').$type<DatePrecision>(),
  url: text('url'),
  // SHA-256 of language, title and body: posting the same article twice finds the first.
  contentHash: text('content_hash').unique(),
  // The sort key for dates: '' when unknown, so undated articles sort last newest-first and keyset comparisons never meet NULL.
  dateKey: text('date_key').notNull().generatedAlwaysAs(sql`coalesce(published_date, '')`, { mode: 'virtual' }),
  // Long text last: SQLite reads a row's columns in order, so every lookup of the short ones
  // above (statement lists join articles for their title) never walks the body's overflow pages.
  standfirst: text('standfirst'),
  photoCaption: text('photo_caption'),
  body: text('body').notNull()
}, (t) => [
  index('articles_date').on(t.dateKey, t.id),
  check('articles_precision', sql`(${t.publishedDate} IS NULL) = (${t.publishedDatePrecision} IS NULL)`)
])

export const entities = sqliteTable('entities', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull().unique(),
  name: text('name').notNull(),
  type: text('type').$type<EntityType>().notNull(),
  description: text('description').notNull(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  // Kept by triggers (migrations/sqlite/0001_search.sql) so lists sort by them without counting.
  statementCount: integer('statement_count').notNull().default(0),
  subjectCount: integer('subject_count').notNull().default(0),
  mentionCount: integer('mention_count').notNull().default(0)
}, (t) => [
  // Each sortable field has an index in its order; the id breaks ties.
  index('entities_name').on(sql`${t.name} COLLATE NOCASE`, t.id),
  index('entities_type_name').on(t.type, sql`${t.name} COLLATE NOCASE`, t.id),
  index('entities_statement_count').on(t.statementCount, t.id),
  index('entities_subject_count').on(t.subjectCount, t.id),
  index('entities_mention_count').on(t.mentionCount, t.id),
  check('entities_type', oneOf('type', ENTITY_TYPES))
])

// Every spelling an entity goes by.
export const entityAliases = sqliteTable('entity_aliases', {
  entityId: text('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
  alias: text('alias').notNull()
}, (t) => [
  primaryKey({ columns: [t.entityId, t.alias] })
])

// Where a merged entity went: its old id answers 301 to the entity it was merged into. Deleting that
// entity drops the redirects to it; merging it on re-points them, so no redirect ever chains.
export const entityRedirects = sqliteTable('entity_redirects', {
  fromId: text('from_id').primaryKey(),
  toId: text('to_id').notNull().references(() => entities.id, { onDelete: 'cascade' })
}, (t) => [
  index('entity_redirects_to').on(t.toId)
])

export const affiliations = sqliteTable('affiliations', {
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

export const mentions = sqliteTable('mentions', {
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

// Quoted words the narrator uses that nobody utters («salles de guerre»).
export const terms = sqliteTable('terms', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  text: text('text').notNull(),
  note: text('note')
}, (t) => [
  primaryKey({ columns: [t.articleId, t.spanStart] })
])

export const statements = sqliteTable('statements', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull().unique(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  // The article's published_date ('' when unknown), copied so lists sort newest first off one
  // index; triggers keep it equal to the article's (migrations/sqlite/0001_search.sql).
  articleDate: text('article_date').notNull().default(''),
  // Reading order within the article: the rank of span_start (ties: the longer span first).
  position: integer('position').notNull(),
  // Null when the extractor found the words but could not tell who said them; speaker_label keeps how the text names them.
  speakerId: text('speaker_id').references(() => entities.id),
  speakerLabel: text('speaker_label').notNull(),
  kind: text('kind').$type<StatementKind>().notNull(),
  text: text('text').notNull(),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  medium: text('medium').$type<Medium>(),
  stance: text('stance').$type<Stance>(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  // How sure the extractor is, in [0, 1]; 1 for curated statements.
  confidence: real('confidence').notNull().default(1)
}, (t) => [
  uniqueIndex('statements_reading_order').on(t.articleId, t.position),
  // The default order (newest article first, reading order within), for every filter that drives a list.
  uniqueIndex('statements_newest').on(sql`${t.articleDate} DESC`, t.articleId, t.position),
  index('statements_oldest').on(t.articleDate, t.articleId, t.position),
  index('statements_speaker').on(t.speakerId, sql`${t.articleDate} DESC`, t.articleId, t.position),
  // A speaker's statements by article and position (sort=position), which the date index cannot order.
  index('statements_speaker_reading').on(t.speakerId, t.articleId, t.position),
  index('statements_kind').on(t.kind, sql`${t.articleDate} DESC`, t.articleId, t.position),
  index('statements_medium').on(t.medium, sql`${t.articleDate} DESC`, t.articleId, t.position),
  check('statements_kind', oneOf('kind', STATEMENT_KINDS)),
  check('statements_medium', sql`medium IS NULL OR ${oneOf('medium', MEDIA)}`),
  check('statements_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

export const statementSubjects = sqliteTable('statement_subjects', {
  statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
  entityId: text('entity_id').notNull().references(() => entities.id),
  // The statement's sort key, copied so "statements about X" pages off one index in the default
  // order; the foreign key below keeps it equal to the statement's, cascading any change.
  articleDate: text('article_date').notNull(),
  articleId: text('article_id').notNull(),
  position: integer('position').notNull()
}, (t) => [
  primaryKey({ columns: [t.statementId, t.entityId] }),
  foreignKey({ columns: [t.articleDate, t.articleId, t.position], foreignColumns: [statements.articleDate, statements.articleId, statements.position] })
    .onUpdate('cascade').onDelete('cascade'),
  index('statement_subjects_entity').on(t.entityId, sql`${t.articleDate} DESC`, t.articleId, t.position),
  index('statement_subjects_entity_reading').on(t.entityId, t.articleId, t.position)
])

export const marketEvents = sqliteTable('market_events', {
  id: text('id').primaryKey(),
  entityId: text('entity_id').notNull().references(() => entities.id),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  kind: text('kind').$type<MarketEventKind>().notNull(),
  // Null for a figure that is not a move: a deal's value, a result, a fine.
  direction: text('direction').$type<Direction>(),
  figures: text('figures', { mode: 'json' }).$type<Figure[]>().notNull(),
  text: text('text').notNull(),
  spanStart: integer('span_start').notNull(),
  spanEnd: integer('span_end').notNull(),
  date: text('date'),
  datePrecision: text('date_precision').$type<DatePrecision>(),
  origin: text('origin').$type<Origin>().notNull().default('curated'),
  confidence: real('confidence').notNull().default(1)
}, (t) => [
  uniqueIndex('market_events_article_span').on(t.articleId, t.spanStart, t.id),
  index('market_events_entity').on(t.entityId, t.articleId, t.spanStart, t.id),
  index('market_events_kind').on(t.kind, t.articleId, t.spanStart, t.id),
  check('market_events_kind', oneOf('kind', MARKET_EVENT_KINDS)),
  check('market_events_direction', sql`direction IS NULL OR ${oneOf('direction', DIRECTIONS)}`),
  check('market_events_span', sql`${t.spanStart} >= 0 AND ${t.spanEnd} > ${t.spanStart}`)
])

// One row whose version every write bumps (triggers in migrations/sqlite/0001_search.sql): the ETag of every GET.
export const kbVersion = sqliteTable('kb_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull()
}, (t) => [
  check('kb_version_single_row', sql`${t.id} = 1`)
])

// How many statements there are, kept by triggers, so counting them all is a row read, not a scan.
export const rowCounts = sqliteTable('row_counts', {
  tableName: text('table_name').primaryKey(),
  n: integer('n').notNull()
})

// Every write through the API: who (the key's id), when, what, on which resource.
export const audit = sqliteTable('audit', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  keyId: text('key_id').notNull(),
  operation: text('operation').notNull(),
  target: text('target').notNull(),
  detail: text('detail')
}, (t) => [
  index('audit_at').on(t.at, t.seq)
])
