// Scoring an extraction against a curated annotation: precision and recall per kind of item.
import type { SeedData } from '../db/seed.js'
import type { Extraction } from './index.js'

export interface Score {
  expected: number
  found: number
  matched: number
  precision: number
  recall: number
}

const score = (expected: number, found: number, matched: number): Score => ({
  expected, found, matched,
  precision: found === 0 ? (expected === 0 ? 1 : 0) : matched / found,
  recall: expected === 0 ? 1 : matched / expected
})

const overlap = (a: { start: number, end: number }, b: { start: number, end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(a.end - a.start, b.end - b.start)

export interface Report {
  quotes: Score
  claims: Score
  entities: Score
  marketFigures: Score
  /** What did not match, for reading. */
  misses: string[]
}

/** Scores `extraction` against the curated `expected` (compiled from an annotation of the same body). */
export function scoreExtraction (expected: SeedData, extraction: Extraction): Report {
  const misses: string[] = []
  const quoted = (kind: string) => kind === 'quote' || kind === 'partial_quote'

  // Quotes: the exact words, with the right speaker.
  const expectedQuotes = expected.statements.filter((s) => quoted(s.kind))
  const foundQuotes = extraction.statements.filter((s) => quoted(s.kind))
  const quoteKey = (s: { spanStart?: number, start?: number, spanEnd?: number, end?: number, speakerId?: string | null, speaker?: string | null }) =>
    `${s.spanStart ?? s.start}:${s.spanEnd ?? s.end}:${s.speakerId ?? s.speaker}`
  const expectedKeys = new Set(expectedQuotes.map(quoteKey))
  const foundKeys = new Set(foundQuotes.map(quoteKey))
  for (const s of expectedQuotes) if (!foundKeys.has(quoteKey(s))) misses.push(`missed quote (${s.speakerId}): ${s.text.slice(0, 60)}`)
  for (const s of foundQuotes) if (!expectedKeys.has(quoteKey(s))) misses.push(`wrong quote (${s.speaker}): ${s.text.slice(0, 60)}`)
  const quotes = score(expectedQuotes.length, foundQuotes.length, foundQuotes.filter((s) => expectedKeys.has(quoteKey(s))).length)

  // Reported claims: most of the same words, with the right speaker.
  const expectedClaims = expected.statements.filter((s) => !quoted(s.kind))
  const foundClaims = extraction.statements.filter((s) => !quoted(s.kind))
  const matches = (e: typeof expectedClaims[number], f: typeof foundClaims[number]) =>
    e.speakerId === f.speaker && overlap({ start: e.spanStart, end: e.spanEnd }, f) >= 0.5
  for (const e of expectedClaims) if (!foundClaims.some((f) => matches(e, f))) misses.push(`missed claim (${e.speakerId}): ${e.text.slice(0, 60)}`)
  const claims = score(expectedClaims.length, foundClaims.length, foundClaims.filter((f) => expectedClaims.some((e) => matches(e, f))).length)

  // Entities: those the body names.
  const expectedEntities = new Set(expected.mentions.map((m) => m.entityId))
  const foundEntities = new Set(extraction.mentions.map((m) => m.entityId))
  for (const id of expectedEntities) if (!foundEntities.has(id)) misses.push(`missed entity: ${id}`)
  const entities = score(expectedEntities.size, foundEntities.size, [...foundEntities].filter((id) => expectedEntities.has(id)).length)

  // Market figures: entity, kind and every figure with its unit.
  const figureKey = (entity: string, kind: string, figures: { value: number, currency: string | null }[]) =>
    `${entity}:${kind}:${figures.map((f) => `${f.value}${f.currency ?? '%'}`).sort().join(',')}`
  const expectedFigures = new Set(expected.marketEvents.map((m) => figureKey(m.entityId, m.kind, m.figures)))
  const foundFigures = extraction.marketEvents.map((m) => figureKey(m.entity, m.kind, m.figures))
  for (const key of expectedFigures) if (!foundFigures.includes(key)) misses.push(`missed market figure: ${key}`)
  for (const key of foundFigures) if (!expectedFigures.has(key)) misses.push(`wrong market figure: ${key}`)
  const marketFigures = score(expectedFigures.size, foundFigures.length, foundFigures.filter((k) => expectedFigures.has(k)).length)

  return { quotes, claims, entities, marketFigures, misses }
}
