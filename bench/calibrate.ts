// Confidence calibration for npm run eval:extract: the extractor runs on a corpus in process, the shared scorer's own matching functions judge each statement, and precision is counted per confidence band.
import { extract } from '../src/extract/index.js'
import type { Knowledge, Language } from '../src/extract/types.js'

/** A gold item of PolNeAR, as the scorer loads it. */
interface PolnearGold { start: number, end: number, quote: boolean, inHeadline: boolean, cueClass: string }
/** A Wikinews-fr article's gold, as the scorer loads it. */
interface WikinewsGold { quotes?: { snippet: string }[], reported?: { snippet: string }[] }
/** An article as the scorer loads it: the body it posts, where that body starts in the raw file, and its gold. */
interface ScorerArticle<G> { body: string, raw: string, offset: number, language: Language, gold: G }

/** The scorer's exported matching functions (../shared/tools/score-extraction.mjs `internals`). */
export interface ScorerInternals {
  loadPolnear: (dir: string) => { articles: ScorerArticle<PolnearGold[]>[] }
  loadWikinews: (dir: string) => { articles: ScorerArticle<WikinewsGold>[] }
  match: (xs: readonly object[], gs: readonly object[], ok: (o: { cg: number }) => boolean) => { i: number, j: number }[]
  quoteSpans: (text: string) => { start: number, end: number }[]
  inWords: (hay: string, needle: string) => boolean
}

export const BANDS = [0, 0.2, 0.4, 0.6, 0.8] as const

export interface Band { from: number, to: number, statements: number, right: number }

const normalize = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[’‘`´ʼ′]/g, "'").replace(/[“”«»„‟″]/g, '"').replace(/\s+/g, ' ').trim()
const overlaps = (a: { start: number, end: number }, b: { start: number, end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start)
const quoted = (kind: string) => kind.includes('quote')

/**
 * Each statement of each article, with whether the scorer's rules count it right: for PolNeAR,
 * matched one to one (half the gold content covered) to a gold item of its class; for
 * Wikinews-fr, relevant to a gold quote (W3) or a gold reported claim (W5's precision rule).
 */
export function calibrate (internals: ScorerInternals, format: 'polnear' | 'wikinews', dir: string, seed: Knowledge): Band[] {
  const articles: ScorerArticle<unknown>[] = format === 'polnear' ? internals.loadPolnear(dir).articles : internals.loadWikinews(dir).articles
  const knowledge: Knowledge = { entities: [...seed.entities], affiliations: [...seed.affiliations] }
  const judged: { confidence: number, right: boolean }[] = []
  for (const a of articles) {
    const x = extract(a.body, a.language, knowledge)
    // The knowledge base grows as ingestion makes it grow.
    for (const e of x.newEntities) knowledge.entities.push({ id: e.id, name: e.name, type: e.type, aliases: [e.name] })
    if (format === 'polnear') {
      const xs = x.statements.map((s) => ({ ...s, start: s.start + a.offset, end: s.end + a.offset }))
      const gold = (a.gold as PolnearGold[]).filter((g) => !g.inHeadline)
      const right = new Set<object>()
      for (const [ours, theirs] of [[xs.filter((s) => quoted(s.kind)), gold.filter((g) => g.quote)], [xs.filter((s) => !quoted(s.kind)), gold.filter((g) => !g.quote && g.cueClass === 'speech')]] as const) {
        for (const p of internals.match([...ours], [...theirs], (o) => o.cg >= 0.5)) right.add(ours[p.i]!)
      }
      for (const s of xs) judged.push({ confidence: s.confidence, right: right.has(s) })
    } else {
      const spans = internals.quoteSpans(a.body)
      const locate = (snippet: string) => { const at = a.raw.indexOf(snippet); return at === -1 ? null : at - a.offset }
      const gold = a.gold as WikinewsGold
      const quotes = (gold.quotes ?? []).map((q) => {
        const at = locate(q.snippet)
        const pos = at === null ? null : { start: at, end: at + q.snippet.length }
        return { n: normalize(q.snippet), region: pos ? (spans.find((r) => r.start < pos.start && pos.end < r.end) ?? pos) : null }
      })
      const reported = (gold.reported ?? []).map((r) => {
        const at = locate(r.snippet)
        return { n: normalize(r.snippet), pos: at === null ? null : { start: at, end: at + r.snippet.length } }
      })
      for (const s of x.statements) {
        const n = normalize(s.text)
        const right = quoted(s.kind)
          ? quotes.some((g) => (g.region && overlaps(s, g.region)) || n.includes(g.n) || internals.inWords(g.n, n))
          : reported.some((r) => (r.pos && overlaps(s, r.pos)) || n.includes(r.n) || internals.inWords(r.n, n))
        judged.push({ confidence: s.confidence, right })
      }
    }
  }
  return BANDS.map((from, i) => {
    const to = BANDS[i + 1] ?? 1
    const inBand = judged.filter((j) => j.confidence >= from && (j.confidence < to || (to === 1 && j.confidence <= 1)))
    return { from, to, statements: inBand.length, right: inBand.filter((j) => j.right).length }
  })
}
