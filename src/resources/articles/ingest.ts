// What ingesting an article writes, engine aside: the rows one extraction produces, the knowledge the extractor reads built from the stored rows, and writing rows by the chunk; each store only runs the writes.
import type { DatePrecision, EntityType } from '../../db/schema.js'
import { articleId, contentHash, marketEventId, statementId } from '../../domain/ids.js'
import type { Extraction, Knowledge, Language } from '../../extract/types.js'
import type { SeedData } from '../../seed/index.js'

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
function partialDate (value: string | undefined): { date: string, precision: DatePrecision } | undefined {
  if (value === undefined) return undefined
  if (/^\d{4}$/.test(value)) return { date: value, precision: 'year' }
  if (/^\d{4}-\d{2}$/.test(value)) return { date: value, precision: 'month' }
  return { date: value.slice(0, 10), precision: 'day' }
}

/** Every row an ingested article adds, as a seeded one's (without the curated affiliations and terms), and what its audit entry says. */
export interface ArticleRows extends Pick<SeedData, 'article' | 'entities' | 'aliases' | 'mentions' | 'statements' | 'subjects' | 'marketEvents'> {
  id: string
  audit: { target: string, detail: string }
}

/** The posted article's content hash and id, known before extraction so a repost is found without extracting. */
export function articleIdentity (input: ArticleInput): { hash: string, id: string } {
  const hash = contentHash(input)
  return { hash, id: articleId(input.title, hash) }
}

/** The rows `found` (the extraction of `input`) turns into; pure, so both engines write the very same rows. */
export function articleRows (input: ArticleInput, found: Extraction): ArticleRows {
  const { hash, id } = articleIdentity(input)
  const published = partialDate(input.publishedAt)
  const articleDate = published?.date ?? ''
  const ids = new Set<string>()
  const statementRows: ArticleRows['statements'] = []
  const subjectRows: ArticleRows['subjects'] = []
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
  return {
    id,
    article: {
      id, title: input.title, author: input.author ?? null, language: input.language, publisher: input.publisher ?? null,
      publishedDate: published?.date ?? null, publishedDatePrecision: published?.precision ?? null, url: input.url ?? null,
      contentHash: hash, photoCaption: input.caption ?? null, body: input.body
    },
    entities: found.newEntities.map((entity) => ({ ...entity, origin: 'extracted' as const })),
    aliases: found.newEntities.map((entity) => ({ entityId: entity.id, alias: entity.name })),
    mentions: found.mentions.map((m) => ({ articleId: id, entityId: m.entityId, spanStart: m.start, spanEnd: m.end, text: m.text })),
    statements: statementRows,
    subjects: subjectRows,
    marketEvents: found.marketEvents.map((m) => ({
      id: marketEventId(id, m.entity, m.kind, `${m.text}\u0000${m.start}`), entityId: m.entity, articleId: id, kind: m.kind, direction: m.direction,
      figures: m.figures, text: m.text, spanStart: m.start, spanEnd: m.end, origin: 'extracted' as const, confidence: m.confidence
    })),
    audit: {
      target: `/v1/articles/${id}`,
      detail: `${found.statements.length} statements, ${found.newEntities.length} new entities, ${found.marketEvents.length} market events`
    }
  }
}

/**
 * The extractor's knowledge from the stored rows. `entityRows` must come in the order the
 * extractor reads them (the first entity to claim a spelling keeps it): type, then name without
 * ASCII case, then id, as both stores read them.
 */
export function knowledgeOf (
  entityRows: { id: string, name: string, type: EntityType }[],
  aliasRows: { entityId: string, alias: string }[],
  affiliationRows: Knowledge['affiliations']
): Knowledge {
  const aliases = new Map<string, string[]>()
  for (const row of aliasRows) {
    const known = aliases.get(row.entityId)
    if (known === undefined) aliases.set(row.entityId, [row.alias])
    else known.push(row.alias)
  }
  return { entities: entityRows.map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [] })), affiliations: affiliationRows }
}

/** `rows` cut into runs of at most `size`, in order. */
export function chunked<T> (rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size))
  return chunks
}
