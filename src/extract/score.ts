// Scoring an extraction against a curated annotation of the same body, by the shared scorer's snippet rules (W2–W6 of ../shared/tools/score-extraction.mjs) applied to exact spans.
import type { SeedData } from '../seed/index.js'
import type { Extraction, ExtractedStatement, Range } from './types.js'

export interface Score {
  expected: number
  found: number
  matched: number
  precision: number
  recall: number
  f1: number
}

const score = (expected: number, found: number, matched: number, relevant = matched): Score => {
  const precision = found === 0 ? (expected === 0 ? 1 : 0) : relevant / found
  const recall = expected === 0 ? 1 : matched / expected
  return { expected, found, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

const contains = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end
const overlaps = (a: Range, b: Range) => Math.min(a.end, b.end) > Math.max(a.start, b.start)
const quoted = (kind: string) => kind.includes('quote')

export interface Report {
  quotes: Score
  /** Share of the found quotes whose speaker is the annotated one. */
  speaker: number
  /** Quotes found with the annotated speaker, over all annotated quotes. */
  quotesWithSpeaker: number
  claims: Score
  entities: Score
  marketFigures: Score
  /** What did not match, for reading. */
  misses: string[]
}

/** Scores `extraction` against the curated `expected` (compiled from an annotation of the same body). */
export function scoreExtraction (expected: SeedData, extraction: Extraction): Report {
  const misses: string[] = []
  const gold = expected.statements.map((s) => ({ ...s, start: s.spanStart, end: s.spanEnd }))

  // Quotes (W2, W3): an extracted quote holds the annotated one; one to one, shortest first, the right speaker first.
  const goldQuotes = gold.filter((s) => quoted(s.kind))
  const foundQuotes = extraction.statements.filter((s) => quoted(s.kind))
  const pairs: { x: ExtractedStatement, g: typeof goldQuotes[number], ok: boolean }[] = []
  for (const x of foundQuotes) for (const g of goldQuotes) if (contains(x, g)) pairs.push({ x, g, ok: x.speaker === g.speakerId })
  pairs.sort((a, b) => (a.x.end - a.x.start) - (b.x.end - b.x.start) || Number(b.ok) - Number(a.ok))
  const usedX = new Set<ExtractedStatement>()
  const usedG = new Set<typeof goldQuotes[number]>()
  const taken = pairs.filter((p) => {
    if (usedX.has(p.x) || usedG.has(p.g)) return false
    usedX.add(p.x)
    usedG.add(p.g)
    return true
  })
  for (const g of goldQuotes) if (!usedG.has(g)) misses.push(`missed quote (${g.speakerId}): ${g.text.slice(0, 60)}`)
  for (const p of taken) if (!p.ok) misses.push(`wrong speaker (${p.x.speaker ?? 'none'} for ${p.g.speakerId}): ${p.g.text.slice(0, 60)}`)
  const relevant = foundQuotes.filter((x) => goldQuotes.some((g) => overlaps(x, g)))
  for (const x of foundQuotes) if (!relevant.includes(x)) misses.push(`not a quote (${x.speaker ?? 'none'}): ${x.text.slice(0, 60)}`)
  const quotes = score(goldQuotes.length, foundQuotes.length, taken.length, relevant.length)
  const right = taken.filter((p) => p.ok).length

  // Reported claims (W5): a statement of any kind with the right speaker holds the claim, or lies within it and covers half of it.
  const goldClaims = gold.filter((s) => !quoted(s.kind))
  const claimed = goldClaims.filter((g) => extraction.statements.some((x) => x.speaker === g.speakerId &&
    (contains(x, g) || (contains(g, x) && 2 * (x.end - x.start) >= g.end - g.start))))
  for (const g of goldClaims) if (!claimed.includes(g)) misses.push(`missed claim (${g.speakerId}): ${g.text.slice(0, 60)}`)
  const foundClaims = extraction.statements.filter((s) => !quoted(s.kind))
  const relevantClaims = foundClaims.filter((x) => goldClaims.some((g) => overlaps(x, g)))
  const claims = score(goldClaims.length, foundClaims.length, claimed.length, relevantClaims.length)

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
  for (const k of expectedFigures) if (!foundFigures.includes(k)) misses.push(`missed market figure: ${k}`)
  for (const k of foundFigures) if (!expectedFigures.has(k)) misses.push(`wrong market figure: ${k}`)
  const marketFigures = score(expectedFigures.size, foundFigures.length, foundFigures.filter((k) => expectedFigures.has(k)).length)

  return {
    quotes,
    speaker: taken.length === 0 ? 1 : right / taken.length,
    quotesWithSpeaker: goldQuotes.length === 0 ? 1 : right / goldQuotes.length,
    claims,
    entities,
    marketFigures,
    misses
  }
}
