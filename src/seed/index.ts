// Seeding: reads an annotation from seeds/, checks it against its source text, computes every span, and writes it in one transaction.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eq } from 'drizzle-orm'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { Db } from '../db/index.js'
import {
  AFFILIATION_KINDS, DATE_PRECISIONS, ENTITY_TYPES, MARKET_EVENT_KINDS, MARKET_MOVE_KINDS, MEDIA, STATEMENT_KINDS,
  affiliations, articles, entities, entityAliases, marketEvents, mentions, statementSubjects, statements, terms,
  type Figure
} from '../db/schema.js'
import { quotationSpans } from '../extract/text.js'
import { SeedError } from './start.js'
import { occurrences } from '../db/text.js'
import { marketEventId, statementId } from '../domain/ids.js'

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url))
export const SEED_ANNOTATIONS = ['deepseek-reactions.yaml']

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as sam-altman')
const Text = z.string().min(1)

const DATE_FORMATS = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const
const PartialDate = z.strictObject({ date: z.string(), precision: z.enum(DATE_PRECISIONS) })
  .refine((d) => DATE_FORMATS[d.precision].test(d.date), 'date must be written to its precision: 2025, 2025-01 or 2025-01-28')

const FigureInput = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(['percent', 'currency']),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional(),
  text: Text
}).refine((f) => (f.unit === 'currency') === (f.currency !== undefined), 'a currency figure needs a currency, a percent figure none')

export const annotationSchema = z.strictObject({
  article: z.strictObject({
    id: Slug,
    source: Text,
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'),
    publisher: Text.optional(),
    photoCaption: Text.optional(),
    author: Text.optional(),
    title: Text,
    standfirst: Text.optional(),
    body: z.strictObject({ from: Text, through: Text }),
    published: PartialDate.optional()
  }),
  entities: z.array(z.strictObject({
    id: Slug,
    name: Text,
    type: z.enum(ENTITY_TYPES),
    description: Text,
    aliases: z.array(Text).min(1)
  })),
  affiliations: z.array(z.strictObject({
    from: Slug,
    to: Slug,
    kind: z.enum(AFFILIATION_KINDS),
    role: Text.optional(),
    evidence: Text
  })),
  statements: z.array(z.strictObject({
    speaker: Slug,
    label: Text,
    kind: z.enum(STATEMENT_KINDS),
    medium: z.enum(MEDIA).optional(),
    text: Text,
    about: z.array(Slug)
  })),
  marketEvents: z.array(z.strictObject({
    entity: Slug,
    kind: z.enum(MARKET_EVENT_KINDS),
    text: Text,
    figures: z.array(FigureInput).min(1),
    date: PartialDate.optional()
  })),
  terms: z.array(z.strictObject({ text: Text, note: Text.optional() })).default([])
})

export type Annotation = z.infer<typeof annotationSchema>

/** The rows one annotated article becomes, spans computed, ready to insert. */
export interface SeedData {
  article: typeof articles.$inferInsert
  entities: (typeof entities.$inferInsert)[]
  aliases: (typeof entityAliases.$inferInsert)[]
  affiliations: (typeof affiliations.$inferInsert)[]
  mentions: (typeof mentions.$inferInsert)[]
  terms: (typeof terms.$inferInsert)[]
  statements: (typeof statements.$inferInsert)[]
  subjects: (typeof statementSubjects.$inferInsert)[]
  marketEvents: (typeof marketEvents.$inferInsert)[]
}

export { SeedError }

const preview = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s)

/** The one offset at which `needle` occurs in `haystack`, or a SeedError naming `item`. */
function findOnce(haystack: string, needle: string, item: string, where: string): number {
  const found = occurrences(haystack, needle)
  if (found.length !== 1) {
    throw new SeedError(`${item}: ${preview(needle)} occurs ${found.length} times in the ${where} (expected exactly once)`)
  }
  return found[0]!
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** Occurrences of `alias` in `body` that stand as whole words (so "X" never matches inside "XAI"). */
function wordOccurrences(body: string, alias: string): number[] {
  return occurrences(body, alias).filter((at) => !isWordChar(body[at - 1]) && !isWordChar(body[at + alias.length]))
}

/** The inner span of every quotation (« », “ ” or " ") in `body`, without the marks and their padding. */
export function quotations (body: string): { start: number, end: number }[] {
  return quotationSpans(body)
}

/** Checks `annotation` against `source` and computes every row; throws SeedError on the first mismatch. */
export function compileSeed(annotation: Annotation, source: string): SeedData {
  const a = annotation.article
  const bodyStart = findOnce(source, a.body.from, 'article.body.from', 'source text')
  const bodyEnd = findOnce(source, a.body.through, 'article.body.through', 'source text') + a.body.through.length
  if (bodyEnd <= bodyStart) throw new SeedError('article.body: "through" comes before "from"')
  const body = source.slice(bodyStart, bodyEnd)

  for (const field of ['photoCaption', 'author', 'title', 'standfirst'] as const) {
    const value = a[field]
    if (value === undefined) continue
    const at = findOnce(source, value, `article.${field}`, 'source text')
    if (at + value.length > bodyStart && at < bodyEnd) throw new SeedError(`article.${field} lies inside the body`)
  }

  const entityIds = new Set<string>()
  for (const e of annotation.entities) {
    if (entityIds.has(e.id)) throw new SeedError(`entity ${e.id}: declared twice`)
    entityIds.add(e.id)
  }
  const requireEntity = (id: string, item: string) => {
    if (!entityIds.has(id)) throw new SeedError(`${item}: unknown entity "${id}"`)
  }

  const aliases: SeedData['aliases'] = []
  const mentionRows: SeedData['mentions'] = []
  for (const e of annotation.entities) {
    const spellings = new Set([e.name, ...e.aliases])
    for (const alias of spellings) aliases.push({ entityId: e.id, alias })
    const spans: { start: number, end: number }[] = []
    for (const alias of e.aliases) {
      if (!source.includes(alias)) throw new SeedError(`entity ${e.id}: alias ${preview(alias)} does not occur in the source text`)
      for (const start of wordOccurrences(body, alias)) spans.push({ start, end: start + alias.length })
    }
    // Longest spelling wins where one contains another ("Musk" inside "Elon Musk").
    spans.sort((x, y) => x.start - y.start || y.end - x.end)
    let coveredTo = -1
    for (const s of spans) {
      if (s.end <= coveredTo) continue
      mentionRows.push({ articleId: a.id, entityId: e.id, spanStart: s.start, spanEnd: s.end, text: body.slice(s.start, s.end) })
      coveredTo = s.end
    }
  }

  const affiliationRows: SeedData['affiliations'] = annotation.affiliations.map((f, i) => {
    const item = `affiliation #${i + 1} (${f.from} ${f.kind} ${f.to})`
    requireEntity(f.from, item)
    requireEntity(f.to, item)
    const start = findOnce(body, f.evidence, item, 'article body')
    return {
      fromEntityId: f.from, kind: f.kind, toEntityId: f.to, role: f.role ?? null,
      articleId: a.id, evidence: f.evidence, spanStart: start, spanEnd: start + f.evidence.length
    }
  })

  const termRows: SeedData['terms'] = annotation.terms.map((t, i) => {
    const item = `term #${i + 1}`
    const inQuotes = quotations(body).filter((q) => body.slice(q.start, q.end) === t.text)
    if (inQuotes.length !== 1) {
      throw new SeedError(`${item}: «${t.text}» occurs ${inQuotes.length} times in quotation marks in the article body (expected exactly once)`)
    }
    const { start, end } = inQuotes[0]!
    return { articleId: a.id, spanStart: start, spanEnd: end, text: t.text, note: t.note ?? null }
  })

  const located = annotation.statements.map((s, i) => {
    const item = `statement #${i + 1} (${s.speaker}, ${s.kind})`
    requireEntity(s.speaker, item)
    for (const subject of s.about) requireEntity(subject, item)
    if (new Set(s.about).size !== s.about.length) throw new SeedError(`${item}: a subject is listed twice`)
    const start = findOnce(body, s.text, item, 'article body')
    const end = start + s.text.length
    const paragraphStart = body.lastIndexOf('\n', start) + 1
    const paragraphEnd = body.indexOf('\n', end)
    const paragraph = body.slice(paragraphStart, paragraphEnd === -1 ? body.length : paragraphEnd)
    if (!paragraph.includes(s.label)) {
      throw new SeedError(`${item}: speaker label ${preview(s.label)} is not in the statement's paragraph`)
    }
    return { s, item, start, end }
  })

  // Every quotation in the body is accounted for: a quote or partial quote spans exactly its
  // words (or, for a quotation its cue interrupts, from the first quotation's words to the
  // last's), or it is a term nobody utters. A quotation left out fails the seed.
  const spans = quotations(body)
  const starts = new Set(spans.map((q) => q.start))
  const ends = new Set(spans.map((q) => q.end))
  const quotationKeys = new Set(spans.map((q) => `${q.start}:${q.end}`))
  for (const l of located) {
    const isQuotation = quotationKeys.has(`${l.start}:${l.end}`)
    const quoted = l.s.kind === 'quote' || l.s.kind === 'partial_quote'
    if (quoted ? !(starts.has(l.start) && ends.has(l.end)) : isQuotation) {
      throw new SeedError(`${l.item}: ${isQuotation ? 'a quotation must be a quote or partial quote' : 'a quote must span exactly the words inside « »'}`)
    }
  }
  const quotes = located.filter((l) => l.s.kind === 'quote' || l.s.kind === 'partial_quote')
  const accounted = new Set([...located.map((l) => `${l.start}:${l.end}`), ...termRows.map((t) => `${t.spanStart}:${t.spanEnd}`)])
  for (const q of spans) {
    if (!accounted.has(`${q.start}:${q.end}`) && !quotes.some((l) => l.start <= q.start && q.end <= l.end)) {
      throw new SeedError(`quotation «${body.slice(q.start, q.end).slice(0, 60)}» at offset ${q.start} is neither a quote, a partial quote nor a term`)
    }
  }

  const articleDate = a.published?.date ?? ''
  const ordered = [...located].sort((x, y) => x.start - y.start || y.end - x.end)
  const statementRows: SeedData['statements'] = []
  const subjectRows: SeedData['subjects'] = []
  const seenIds = new Set<string>()
  ordered.forEach(({ s, item, start, end }, index) => {
    const id = statementId(a.id, s.speaker, s.kind, s.text)
    if (seenIds.has(id)) throw new SeedError(`${item}: annotated twice`)
    seenIds.add(id)
    statementRows.push({
      id, articleId: a.id, articleDate, position: index + 1, speakerId: s.speaker, speakerLabel: s.label,
      kind: s.kind, text: s.text, spanStart: start, spanEnd: end, medium: s.medium ?? null
    })
    for (const entityId of s.about) subjectRows.push({ statementId: id, entityId, articleDate, articleId: a.id, position: index + 1 })
  })

  const marketEventRows: SeedData['marketEvents'] = annotation.marketEvents.map((m, i) => {
    const item = `market event #${i + 1} (${m.entity}, ${m.kind})`
    requireEntity(m.entity, item)
    const start = findOnce(body, m.text, item, 'article body')
    for (const f of m.figures) findOnce(m.text, f.text, `${item} figure`, 'event text')
    // A move rises or falls; a sum (a deal's value, a result, a fine) has no direction.
    const move = (MARKET_MOVE_KINDS as readonly string[]).includes(m.kind)
    const signs = new Set(m.figures.map((f) => Math.sign(f.value)))
    if (move && (signs.size !== 1 || signs.has(0))) throw new SeedError(`${item}: figures must all rise or all fall`)
    const figures: Figure[] = m.figures.map((f) => ({ value: f.value, unit: f.unit, currency: f.currency ?? null, text: f.text }))
    return {
      id: marketEventId(a.id, m.entity, m.kind, m.text), entityId: m.entity, articleId: a.id, kind: m.kind,
      direction: move ? (signs.has(1) ? 'up' as const : 'down' as const) : null, figures, text: m.text,
      spanStart: start, spanEnd: start + m.text.length, date: m.date?.date ?? null, datePrecision: m.date?.precision ?? null
    }
  })

  return {
    article: {
      id: a.id, title: a.title, standfirst: a.standfirst ?? null, author: a.author ?? null, language: a.language,
      publisher: a.publisher ?? null, photoCaption: a.photoCaption ?? null, body,
      publishedDate: a.published?.date ?? null, publishedDatePrecision: a.published?.precision ?? null
    },
    entities: annotation.entities.map(({ id, name, type, description }) => ({ id, name, type, description })),
    aliases,
    affiliations: affiliationRows,
    mentions: mentionRows,
    terms: termRows,
    statements: statementRows,
    subjects: subjectRows,
    marketEvents: marketEventRows
  }
}

/** Reads and compiles one annotation file of `dir` together with the source text it names. */
export function loadSeed(file: string, dir = SEEDS_DIR): SeedData {
  const parsed = annotationSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new SeedError(`${file}: ${issue.path.join('.')}: ${issue.message}`)
  }
  const source = readFileSync(join(dir, parsed.data.article.source), 'utf8')
  return compileSeed(parsed.data, source)
}

/**
 * Writes one compiled article in a single transaction. The article's previous rows are
 * replaced and its entities upserted, so re-seeding is idempotent and keeps every id.
 */
export function writeSeed(db: Db, data: SeedData): void {
  db.transaction((tx) => {
    tx.delete(articles).where(eq(articles.id, data.article.id)).run()
    tx.insert(articles).values(data.article).run()
    for (const e of data.entities) {
      tx.insert(entities).values(e).onConflictDoUpdate({
        target: entities.id, set: { name: e.name, type: e.type, description: e.description }
      }).run()
      tx.delete(entityAliases).where(eq(entityAliases.entityId, e.id)).run()
    }
    const insertAll = <T extends Parameters<typeof tx.insert>[0]>(table: T, rows: T['$inferInsert'][]) => {
      for (const row of rows) tx.insert(table).values(row).run()
    }
    insertAll(entityAliases, data.aliases)
    // Another article may already support the same affiliation.
    for (const row of data.affiliations) tx.insert(affiliations).values(row).onConflictDoNothing().run()
    insertAll(mentions, data.mentions)
    insertAll(terms, data.terms)
    insertAll(statements, data.statements)
    insertAll(statementSubjects, data.subjects)
    insertAll(marketEvents, data.marketEvents)
  })
}

/** Compiles every annotation first, then writes them all in one transaction. */
export function seedAll(db: Db, dir = SEEDS_DIR): void {
  const compiled = SEED_ANNOTATIONS.map((file) => loadSeed(file, dir))
  db.transaction(() => {
    for (const data of compiled) writeSeed(db, data)
  })
}
