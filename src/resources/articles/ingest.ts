// Ingestion (drizzle writes, no HTTP): an article's text through the extractor into the knowledge base, all in one transaction; used by POST /v1/articles and npm run ingest.
import { createHash } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import {
  affiliations, articles, audit, entities, entityAliases, marketEvents, mentions, statementSubjects, statements, type DatePrecision
} from '../../db/schema.js'
import { marketEventId, statementId } from '../../db/seed.js'
import { extract, slugify } from '../../extract/index.js'
import type { Extraction, Knowledge, Language } from '../../extract/types.js'

/** What ingestion runs on a body: the extractor in process (the CLI), in a worker pool (the server), or a test's stub. */
export type Extractor = (body: string, language: Language, knowledge: Knowledge) => Extraction | Promise<Extraction>

export interface ArticleInput {
  title: string
  body: string
  language: Language
  author?: string | undefined
  publisher?: string | undefined
  url?: string | undefined
  publishedAt?: string | undefined
  caption?: string | undefined
}

export interface Ingested {
  id: string
  /** False when the same content was already there: nothing was written. */
  created: boolean
}

/** "2025", "2025-01", "2025-01-29" or a full timestamp, as a date and its precision. */
export function partialDate (value: string | undefined): { date: string, precision: DatePrecision } | undefined {
  if (value === undefined) return undefined
  if (/^\d{4}$/.test(value)) return { date: value, precision: 'year' }
  if (/^\d{4}-\d{2}$/.test(value)) return { date: value, precision: 'month' }
  return { date: value.slice(0, 10), precision: 'day' }
}

export const contentHash = (input: Pick<ArticleInput, 'language' | 'title' | 'body'>) =>
  createHash('sha256').update(`${input.language}\u0000${input.title}\u0000${input.body}`).digest('hex')

/** Everything the extractor links to: every entity, its spellings, and the affiliations that resolve roles. */
export function knowledge (db: Db): Knowledge {
  const aliases = new Map<string, string[]>()
  for (const row of db.select({ entityId: entityAliases.entityId, alias: entityAliases.alias }).from(entityAliases).all()) {
    aliases.set(row.entityId, [...(aliases.get(row.entityId) ?? []), row.alias])
  }
  return {
    entities: db.select({ id: entities.id, name: entities.name, type: entities.type }).from(entities).all()
      .map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [] })),
    affiliations: db.select({ from: affiliations.fromEntityId, to: affiliations.toEntityId, kind: affiliations.kind, role: affiliations.role }).from(affiliations).all()
  }
}

/**
 * Extracts and writes one article. Posting the same language, title and body again finds the
 * first and writes nothing. Every row is written in one transaction: a crash, or an extractor
 * that fails or runs out of time, leaves the article whole or absent.
 */
export async function ingestArticle (db: Db, input: ArticleInput, keyId: string, extractor: Extractor = extract): Promise<Ingested> {
  const hash = contentHash(input)
  const already = (tx: Pick<Db, 'select'>) => tx.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash)).get()
  const existing = already(db)
  if (existing) return { id: existing.id, created: false }

  const id = `${slugify(input.title).slice(0, 60).replace(/-+$/, '')}-${hash.slice(0, 8)}`
  const published = partialDate(input.publishedAt)
  const articleDate = published?.date ?? ''
  const found = await extractor(input.body, input.language, knowledge(db))

  // Immediate: the write lock is taken before the second look, so another process (the CLI
  // beside the server), or another request whose extraction ended first, posting the same text
  // cannot slip in between.
  return db.transaction((tx): Ingested => {
    const raced = already(tx)
    if (raced) return { id: raced.id, created: false }
    tx.insert(articles).values({
      id, title: input.title, author: input.author ?? null, language: input.language, publisher: input.publisher ?? null,
      publishedDate: published?.date ?? null, publishedDatePrecision: published?.precision ?? null, url: input.url ?? null,
      contentHash: hash, photoCaption: input.caption ?? null, body: input.body
    }).run()
    // Rows go in by the hundred: one statement per row costs SQLite and drizzle more than the rows themselves.
    inChunks(found.newEntities.map((entity) => ({ ...entity, origin: 'extracted' as const })), (rows) => tx.insert(entities).values(rows).onConflictDoNothing().run())
    inChunks(found.newEntities.map((entity) => ({ entityId: entity.id, alias: entity.name })), (rows) => tx.insert(entityAliases).values(rows).onConflictDoNothing().run())
    inChunks(found.mentions.map((m) => ({ articleId: id, entityId: m.entityId, spanStart: m.start, spanEnd: m.end, text: m.text })), (rows) => tx.insert(mentions).values(rows).onConflictDoNothing().run())
    const ids = new Set<string>()
    const statementRows: (typeof statements.$inferInsert)[] = []
    const subjectRows: (typeof statementSubjects.$inferInsert)[] = []
    found.statements.forEach((s, index) => {
      // An unresolved speaker (null) is stored as such, with the label and the low confidence the extractor gave.
      let statement = statementId(id, s.speaker, s.kind, s.text)
      // The same words twice in one article: the second is told apart by its position.
      if (ids.has(statement)) statement = statementId(id, s.speaker, s.kind, `${s.text}\u0000${index}`)
      ids.add(statement)
      const position = index + 1
      statementRows.push({
        id: statement, articleId: id, articleDate, position, speakerId: s.speaker, speakerLabel: s.label.slice(0, 2000), kind: s.kind,
        text: s.text, spanStart: s.start, spanEnd: s.end, medium: s.medium, origin: 'extracted', confidence: s.confidence
      })
      for (const subject of s.about) subjectRows.push({ statementId: statement, entityId: subject, articleDate, articleId: id, position })
    })
    inChunks(statementRows, (rows) => tx.insert(statements).values(rows).run())
    inChunks(subjectRows, (rows) => tx.insert(statementSubjects).values(rows).onConflictDoNothing().run())
    inChunks(found.marketEvents.map((m) => ({
      id: marketEventId(id, m.entity, m.kind, `${m.text}\u0000${m.start}`), entityId: m.entity, articleId: id, kind: m.kind, direction: m.direction,
      figures: m.figures, text: m.text, spanStart: m.start, spanEnd: m.end, origin: 'extracted' as const, confidence: m.confidence
    })), (rows) => tx.insert(marketEvents).values(rows).run())
    recordAudit(tx as unknown as Db, keyId, 'article.create', `/v1/articles/${id}`, `${found.statements.length} statements, ${found.newEntities.length} new entities, ${found.marketEvents.length} market events`)
    return { id, created: true }
  }, { behavior: 'immediate' })
}

// SQLite binds at most 32,766 parameters a statement; 200 rows of the widest table stay far below.
const CHUNK_ROWS = 200
function inChunks<T> (rows: T[], write: (chunk: T[]) => unknown) {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) write(rows.slice(i, i + CHUNK_ROWS))
}

/** Removes an article and everything that hangs off it (statements, mentions, market events, terms, affiliation evidence). */
export function deleteArticle (db: Db, id: string, keyId: string): boolean {
  return db.transaction((tx) => {
    const removed = tx.delete(articles).where(eq(articles.id, id)).run().changes > 0
    if (removed) recordAudit(tx as unknown as Db, keyId, 'article.delete', `/v1/articles/${id}`, null)
    return removed
  })
}

export function recordAudit (db: Db, keyId: string, operation: string, target: string, detail: string | null) {
  db.insert(audit).values({ at: new Date().toISOString(), keyId, operation, target, detail }).run()
}

/** The number of articles (for tests and the CLI's report). */
export const articleCount = (db: Db) => db.select({ n: sql<number>`count(*)` }).from(articles).get()?.n ?? 0
