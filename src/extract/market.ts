// Market-figures stage: amounts and percent moves in a body's sentences, each tied to the company, index or market it concerns, classified by the nouns around it and signed by the words that move it.
import type { MarketEventKind } from '../db/schema.js'
import { plain } from './text.js'
import type { ExtractedFigure, ExtractedMarketEvent, Range } from './types.js'

/**
 * A language's market words (the `market` export of lexicon/en.ts and lexicon/fr.ts). Words are
 * matched lower-cased and accent-free; a word ending in `*` is a stem that matches any word it
 * begins; several words make a phrase matched word by word ("market value", "chiffre d'affaires").
 */
export interface MarketLexicon {
  /** The decimal mark; the other convention's separator groups digits ("1,234.5" / "1 234,5"). */
  decimal: '.' | ','
  /** Currencies by how they are written → ISO code: symbols and codes (which may also stand before the number) and words. */
  currencies: Record<string, string>
  /** Words that join an amount to its currency word ("milliards de dollars", "millions d'euros"). */
  currencyLinks: string[]
  /** Multipliers by how they are written, lower-cased → factor ("bn", "milliards", "Md" in "Md€"). */
  multipliers: Record<string, number>
  /** Multipliers that make a sum of money without a currency ("2.5bn", "3 Mds"). */
  moneyMultipliers: string[]
  /** Ways to write "percent" after a number. */
  percent: string[]
  /** Words that say a figure rises or falls (verbs, nouns, adverbs). */
  up: string[]
  down: string[]
  /** The nouns that say what a figure measures, by the kind of event it makes. */
  kinds: Record<MarketEventKind, string[]>
  /** Of those, the sums taken away (a loss, a fine, a stolen sum, a cost): their figures are negative. */
  negative: string[]
  /** Indexes and markets the stage names itself: the name it links, the forms the text writes; a place ("Wall Street") is the subject only when no locative precedes it. */
  indexes: { name: string, forms: string[], place?: boolean }[]
  /** Words before a market's name that make it where something trades ("on Wall Street", "à la Bourse de Paris"). */
  locatives: string[]
  /** Words before an organization that make it the source of the news rather than its subject ("according to", "selon"). */
  sources: string[]
  /** Words before a figure that make it a level reached rather than a move ("to $120", "à 30 milliards"). */
  levels: string[]
  /** Words between two sums that restate the first in another currency ("(", "or", "soit"). */
  restatements: string[]
  /** A range of sums written once ("between 60 and 65 billion dollars", "entre 60 et 65 milliards"): the word that opens it, and the word that joins its bounds. */
  ranges: { open: string[], join: string[] }
  /** Nouns that make a figure something other than a market figure: votes, polls, jobs, tax and inflation rates. */
  distractors: string[]
  /** Function words that may stand between a figure and the noun it counts ("of its", "de ses"). */
  determiners: string[]
  /** Units of an index level ("7 500 points"): a number before them is not a count a percent could measure. */
  points: string[]
  /** Subject pronouns and nouns that carry an earlier sentence's organization ("it", "the company", "le groupe"). */
  anaphors: string[]
}

export interface MarketInput {
  body: string
  language: 'en' | 'fr'
  lexicon: MarketLexicon
  /** The body's sentences, in order. */
  sentences: readonly Range[]
  /** Mentions of organizations (companies, banks, exchanges, indexes the knowledge base knows), sorted by start. */
  organizations: readonly { entityId: string, start: number, end: number, text: string }[]
  /** Links or creates the entity for a market or index the stage recognizes by name, returning its id. */
  entityFor: (name: string, at: Range) => string
}

const MOVES: ReadonlySet<MarketEventKind> = new Set(['share_price_change', 'market_value_change', 'index_change'])
// The kinds a percent can measure: a deal or a fine is a sum, never a percent move.
const PERCENT_KINDS: ReadonlySet<MarketEventKind> = new Set(['share_price_change', 'market_value_change', 'index_change', 'financial_result'])
// How far (in words) the nouns and verbs that qualify a figure may stand from it: far enough for
// "Shares of Nvidia fell 4.2%" and "a 4% drop in its shares", near enough to stay in the clause.
const BEFORE = 12
const AFTER = 6
// A noun after a figure says what it measures only right after it ("$2bn deal", "de la capitalisation"); further on it is the next clause's.
const KIND_AFTER = 4
// What a comma between a noun and the figure adds to its distance ("sur ses ventes, effaçant 3,2 milliards … de sa capitalisation").
const CLAUSE_BREAK = 2
// How far back an earlier sentence's organization carries ("…du groupe" in the next sentence).
const CARRY = 600
// How many words may stand between "selon" or "according to" and the source it names ("selon la fédération des banques, Febelfin").
const SOURCE_REACH = 6
const SPACE = '[ \\t\\u00a0\\u2009\\u202f]'

type Sign = 1 | -1

interface Phrase<T> {
  words: { text: string, stem: boolean }[]
  value: T
}

/** Phrases keyed by their first word, exact or stem: each token tries its exact form and a bounded number of prefixes. */
class Matcher<T> {
  private readonly exact = new Map<string, Phrase<T>[]>()
  private readonly stems = new Map<string, Phrase<T>[]>()
  private longestStem = 0

  add (phrase: string, value: T): void {
    const words = wordsOf(phrase).map((w) => w.endsWith('*') ? { text: w.slice(0, -1), stem: true } : { text: w, stem: false })
    if (words.length === 0) return
    const first = words[0]!
    const table = first.stem ? this.stems : this.exact
    if (first.stem) this.longestStem = Math.max(this.longestStem, first.text.length)
    const list = table.get(first.text) ?? []
    list.push({ words, value })
    table.set(first.text, list)
  }

  /** The longest phrase that starts at token `i`, with how many tokens it covers. */
  at (toks: readonly Tok[], i: number): { value: T, length: number } | null {
    const word = toks[i]!.plain
    const candidates: Phrase<T>[] = [...(this.exact.get(word) ?? [])]
    for (let n = Math.min(word.length, this.longestStem); n >= 2; n--) candidates.push(...(this.stems.get(word.slice(0, n)) ?? []))
    let best: { value: T, length: number } | null = null
    for (const p of candidates) {
      if (best && p.words.length <= best.length) continue
      if (p.words.every((w, k) => { const t = toks[i + k]; return t !== undefined && t.figure === null && (w.stem ? t.plain.startsWith(w.text) : t.plain === w.text) })) best = { value: p.value, length: p.words.length }
    }
    return best
  }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}]+)*|[;:()]/gu

/** A phrase's words as tokens are compared (lower-cased, accent-free); a final `*` stays on the last word. */
function wordsOf (phrase: string): string[] {
  const stem = phrase.endsWith('*')
  const words = [...plain(stem ? phrase.slice(0, -1) : phrase).matchAll(WORD)].map((m) => m[0])
  if (stem && words.length > 0) words[words.length - 1] += '*'
  return words
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (items: Iterable<string>) => [...items].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, `${SPACE}+`).replace(/'/g, "['’]")).join('|')

/** A lexicon compiled once: the figure pattern and the word matchers. */
interface Compiled {
  figure: RegExp
  currencies: Map<string, string>
  multipliers: Map<string, number>
  money: Set<string>
  up: Matcher<true>
  down: Matcher<true>
  kinds: Matcher<{ kind: MarketEventKind, negative: boolean }>
  indexes: Matcher<{ name: string, place: boolean }>
  indexNames: Map<string, string>
  distractors: Matcher<true>
  sources: Matcher<true>
  anaphors: Matcher<true>
  locatives: Set<string>
  levels: Set<string>
  determiners: Set<string>
  points: Set<string>
  restatement: RegExp
  /** Text ending right before a sum that makes a bare number its range's lower bound. */
  rangeBound: RegExp
}

const compiledLexicons = new WeakMap<MarketLexicon, Compiled>()

function compile (lex: MarketLexicon): Compiled {
  const cached = compiledLexicons.get(lex)
  if (cached) return cached
  const lowerKeys = <V>(record: Record<string, V>) => new Map(Object.entries(record).map(([k, v]) => [plain(k).replace(/\s+/g, ' '), v]))
  // Symbols and codes may stand before the number ("$2.5 billion", "CHF 3 millions"); words only after it.
  const before = Object.keys(lex.currencies).filter((c) => !/\p{Ll}/u.test(c))
  const number = lex.decimal === ','
    ? `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?`
    : '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'
  const link = lex.currencyLinks.length > 0 ? `(?:(?:${alternation(lex.currencyLinks.filter((l) => !/['’]$/.test(l)))})${SPACE}+|${alternation(lex.currencyLinks.filter((l) => /['’]$/.test(l)))})?` : ''
  const figure = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(?<![-–—+])(?<sign>[-+−]))?(?:(?<pre>${alternation(before)})${SPACE}?)?(?<num>${number})(?!\\d)` +
    `(?:${SPACE}?(?<mult>${alternation(Object.keys(lex.multipliers))})(?![\\p{L}]))?` +
    `(?:${SPACE}?(?<pct>${alternation(lex.percent)})(?![\\p{L}])|${SPACE}?${link}(?<cur>${alternation(Object.keys(lex.currencies))})(?![\\p{L}]))?`,
    'giu'
  )
  const matcher = <T>(entries: Iterable<[string, T]>) => {
    const m = new Matcher<T>()
    for (const [phrase, value] of entries) m.add(phrase, value)
    return m
  }
  const flag = (list: string[]) => matcher(list.map((w): [string, true] => [w, true]))
  const negative = new Set(lex.negative.map(plain))
  const kindEntries: [string, { kind: MarketEventKind, negative: boolean }][] = []
  for (const [kind, nouns] of Object.entries(lex.kinds) as [MarketEventKind, string[]][]) {
    for (const noun of nouns) kindEntries.push([noun, { kind, negative: negative.has(plain(noun)) }])
  }
  const indexEntries: [string, { name: string, place: boolean }][] = []
  const indexNames = new Map<string, string>()
  for (const index of lex.indexes) {
    for (const form of index.forms) {
      indexEntries.push([form, { name: index.name, place: index.place === true }])
      indexNames.set(wordsOf(form).join(' '), index.name)
    }
  }
  const compiled: Compiled = {
    figure,
    currencies: lowerKeys(lex.currencies),
    multipliers: lowerKeys(lex.multipliers),
    money: new Set(lex.moneyMultipliers.map((m) => plain(m))),
    up: flag(lex.up),
    down: flag(lex.down),
    kinds: matcher(kindEntries),
    indexes: matcher(indexEntries),
    indexNames,
    distractors: flag(lex.distractors),
    sources: flag(lex.sources),
    anaphors: flag(lex.anaphors),
    locatives: new Set(lex.locatives.map(plain)),
    levels: new Set(lex.levels.map(plain)),
    determiners: new Set(lex.determiners.map(plain)),
    points: new Set(lex.points.map(plain)),
    restatement: new RegExp(`^${SPACE}*(?:[(,–—]${SPACE}*)?(?:(?:${alternation(lex.restatements)})${SPACE}+)?$`, 'iu'),
    rangeBound: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.ranges.open)})${SPACE}+(?<num>${number})${SPACE}+(?:${alternation(lex.ranges.join)})${SPACE}+$`, 'iu')
  }
  compiledLexicons.set(lex, compiled)
  return compiled
}

interface Figure extends ExtractedFigure, Range {
  /** The sign written before the number ("-0,5 %"), which says the direction itself. */
  explicit: Sign | null
  /** A range's lower bound, which takes its multiplier and currency from the sum after it. */
  bound?: boolean
}

/** A word of a sentence, or a whole figure standing as one token. */
interface Tok extends Range {
  plain: string
  capital: boolean
  figure: Figure | null
}

/** An organization or index a figure may concern. */
interface Candidate extends Range {
  text: string
  /** The knowledge base's entity, or the name the stage links through `entityFor`. */
  entityId: string | null
  indexName: string | null
}

function parseNumber (text: string, decimal: '.' | ','): number {
  const digits = decimal === ',' ? text.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(',', '.') : text.replace(/,/g, '')
  return Number(digits)
}

/** The figures of a sentence: percents, and sums with a currency or a money multiplier. */
function figuresIn (body: string, sentence: Range, lex: MarketLexicon, c: Compiled): Figure[] {
  const found: Figure[] = []
  const text = body.slice(sentence.start, sentence.end)
  for (const m of text.matchAll(c.figure)) {
    const g = m.groups!
    const mult = g.mult ? c.multipliers.get(plain(g.mult)) ?? 1 : 1
    const symbol = g.pre ?? g.cur
    const currency = symbol ? c.currencies.get(plain(symbol).replace(/\s+/g, ' ')) ?? null : null
    const unit = g.pct ? 'percent' : (symbol || (g.mult && c.money.has(plain(g.mult)))) ? 'currency' : null
    if (!unit) continue
    const sign = g.sign && /[-−]/.test(g.sign) ? -1 : 1
    const raw = parseNumber(g.num!, lex.decimal) * (unit === 'percent' ? 1 : mult)
    const value = unit === 'percent' ? raw : Math.round(raw * 100) / 100
    const start = sentence.start + m.index
    const range = unit === 'currency' && !g.pre ? c.rangeBound.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null
    if (range) {
      const low = range.groups!.num!
      const at = start - range[0].length + range[0].lastIndexOf(low)
      found.push({ value: Math.round(parseNumber(low, lex.decimal) * mult * 100) / 100, unit, currency, text: low, start: at, end: at + low.length, explicit: null, bound: true })
    }
    found.push({ value: sign * value, unit, currency: unit === 'percent' ? null : currency, text: m[0], start, end: start + m[0].length, explicit: g.sign ? sign : null })
  }
  return found
}

/** The sentence's words with each figure as one token. */
function tokensOf (body: string, sentence: Range, figures: readonly Figure[]): Tok[] {
  const toks: Tok[] = []
  let f = 0
  const text = body.slice(sentence.start, sentence.end)
  for (const m of text.matchAll(WORD)) {
    const start = sentence.start + m.index
    while (f < figures.length && figures[f]!.end <= start) toks.push({ start: figures[f]!.start, end: figures[f]!.end, plain: '', capital: false, figure: figures[f++]! })
    if (f < figures.length && start >= figures[f]!.start) continue
    toks.push({ start, end: start + m[0].length, plain: plain(m[0]), capital: /^\p{Lu}/u.test(m[0]), figure: null })
  }
  while (f < figures.length) toks.push({ start: figures[f]!.start, end: figures[f]!.end, plain: '', capital: false, figure: figures[f++]! })
  return toks
}

/** A word found near a figure: what it says, and how many tokens away. */
interface Near<T> { value: T, distance: number, at: number, length: number }

/** The nearest match of `m` within BEFORE tokens before token `from` and AFTER tokens after token `to`; the nearer wins, ties before. */
function nearest<T> (toks: readonly Tok[], from: number, to: number, m: Matcher<T>, after = AFTER, body = ''): { before: Near<T> | null, after: Near<T> | null, best: Near<T> | null } {
  let before: Near<T> | null = null
  for (let i = from - 1; i >= Math.max(0, from - BEFORE) && !before; i--) {
    if (toks[i]!.figure) continue
    const hit = m.at(toks, i)
    if (!hit || i + hit.length > from) continue
    // Given the body, a noun across a comma is in another clause and counts as further away.
    const clause = body !== '' && /[,;]/.test(body.slice(toks[i + hit.length - 1]!.end, toks[from]!.start)) ? CLAUSE_BREAK : 0
    before = { value: hit.value, distance: from - (i + hit.length) + 1 + clause, at: i, length: hit.length }
  }
  let next: Near<T> | null = null
  // Brackets do not count: "(€194 billion) off Nvidia's market value" is as near as without them.
  let distance = 0
  for (let i = to + 1; i < toks.length && distance < after && !next; i++) {
    const tok = toks[i]!
    if (tok.figure || tok.plain === ';' || tok.plain === ':') break
    if (tok.plain === '(' || tok.plain === ')') continue
    distance++
    const hit = m.at(toks, i)
    if (hit) next = { value: hit.value, distance, at: i, length: hit.length }
  }
  const best = before && (!next || before.distance <= next.distance) ? before : next
  return { before, after: next, best }
}

const round = (x: number) => Math.round(Math.min(0.95, Math.max(0.3, x)) * 100) / 100

/**
 * The market events of a body: each percent move or sum, grouped with its restatements in other
 * currencies, tied to the organization or index named nearest before it in the sentence (else after
 * it, else the last one a few hundred characters back), its kind from the nearest noun that says what
 * it measures, its sign from the nearest word that moves it. Work per sentence is linear in its length:
 * every look-around is bounded.
 */
export function marketEvents (input: MarketInput): ExtractedMarketEvent[] {
  const { body, lexicon: lex, organizations } = input
  const c = compile(lex)
  const events: ExtractedMarketEvent[] = []
  let o = 0
  let carried: Candidate | null = null
  for (const sentence of input.sentences) {
    const figures = figuresIn(body, sentence, lex, c)
    while (o < organizations.length && organizations[o]!.start < sentence.start) o++
    const orgs: Candidate[] = []
    let k = o
    for (; k < organizations.length && organizations[k]!.start < sentence.end; k++) {
      const org = organizations[k]!
      if (org.end <= sentence.end) orgs.push({ ...org, indexName: c.indexNames.get(wordsOf(org.text).join(' ')) ?? null })
    }
    const toks = tokensOf(body, sentence, figures)
    const { subjects: candidates, sources } = candidatesOf(toks, orgs, c)
    if (figures.length > 0) events.push(...eventsOf({ body, input, c, sentence, toks, candidates, sources, carried }))
    const last = candidates[candidates.length - 1]
    if (last) carried = last
    else if (carried && carried.end < sentence.start - CARRY) carried = null
  }
  return events
}

/** Does a phrase of `m` stand in the few tokens before token `i` ("according to Reuters", "selon la fédération Bancaris")? */
function endsBefore<T> (m: Matcher<T>, toks: readonly Tok[], i: number, floor: number): boolean {
  for (let n = 1; n <= SOURCE_REACH && i - n >= 0; n++) {
    // Another organization or a figure between: "according to Reuters, Nvidia" makes only Reuters the source.
    if (toks[i - n]!.figure || toks[i - n]!.plain === '(' || toks[i - n]!.start < floor) return false
    if ((m.at(toks, i - n)?.length ?? SOURCE_REACH + 1) <= n) return true
  }
  return false
}

/**
 * The sentence's organizations, and the indexes and markets it names that no organization mention covers:
 * the subjects a figure may concern, and apart the sources the news is attributed to ("selon Febelfin"),
 * which a figure concerns only when the sentence names nothing else.
 */
function candidatesOf (toks: readonly Tok[], orgs: readonly Candidate[], c: Compiled): { subjects: Candidate[], sources: Candidate[] } {
  const subjects: Candidate[] = []
  const sources: Candidate[] = []
  let k = 0
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!
    while (k < orgs.length && orgs[k]!.start <= tok.start) {
      const floor = k > 0 ? orgs[k - 1]!.end : 0
      ;(endsBefore(c.sources, toks, i, floor) ? sources : subjects).push(orgs[k++]!)
    }
    if (tok.figure) continue
    const hit = c.indexes.at(toks, i)
    if (!hit) continue
    const end = toks[i + hit.length - 1]!.end
    const overlaps = (org: Candidate | undefined) => org !== undefined && org.start < end && org.end > tok.start
    if (overlaps(orgs[k - 1]) || overlaps(orgs[k])) continue
    // "à Wall Street", "on Wall Street": where shares trade, not what moves.
    let before = i - 1
    while (before >= 0 && c.determiners.has(toks[before]!.plain)) before--
    if (hit.value.place && before >= 0 && c.locatives.has(toks[before]!.plain)) continue
    // An index is named with a capital ("the Dow", "le CAC 40"); "dax" or "average" in lower case is a word.
    if (!tok.capital) continue
    subjects.push({ start: tok.start, end, text: '', entityId: null, indexName: hit.value.name })
    i += hit.length - 1
  }
  while (k < orgs.length) subjects.push(orgs[k++]!)
  return { subjects, sources }
}

interface SentenceContext {
  body: string
  input: MarketInput
  c: Compiled
  sentence: Range
  toks: readonly Tok[]
  candidates: readonly Candidate[]
  sources: readonly Candidate[]
  carried: Candidate | null
}

function eventsOf ({ body, input, c, sentence, toks, candidates, sources, carried }: SentenceContext): ExtractedMarketEvent[] {
  const events: ExtractedMarketEvent[] = []
  let cand = 0
  let fol = 0
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!.figure
    if (!first) continue
    // The same sum restated in other currencies: "$210 billion (€194 billion)".
    const group = [first]
    let j = i
    let closes = false
    while (first.unit === 'currency') {
      // The next figure, past the few tokens a restatement puts between ("(", "or", "soit environ").
      let k = j + 1
      while (k < toks.length && k <= j + 4 && !toks[k]!.figure) k++
      const next = toks[k]?.figure
      if (!next) break
      const prev = group[group.length - 1]!
      const gap = body.slice(prev.end, next.start)
      // A range's bounds are one figure pair in one currency; a restatement is the same sum in another.
      const joined = prev.bound === true ? next.currency === prev.currency : next.currency !== prev.currency && c.restatement.test(gap)
      if (next.unit !== 'currency' || gap.length > 24 || !joined) break
      if (gap.includes('(')) closes = true
      group.push(next)
      j = k
    }
    const last = group[group.length - 1]!
    const end = closes && body[last.end] === ')' ? last.end + 1 : last.end
    const figureIndex = i
    i = j

    // "to $120", "from the 95 percent": the word before the figure, past its determiners.
    let p = figureIndex - 1
    while (p >= 0 && !toks[p]!.figure && c.determiners.has(toks[p]!.plain)) p--
    const level = p >= 0 && p >= figureIndex - 3 && !toks[p]!.figure && c.levels.has(toks[p]!.plain)
    // A figure that counts voters, jobs or a tax rate: the noun just after it ("52 percent of voters"), or nearer before it than any market noun.
    let after = j + 1
    while (after < toks.length && !toks[after]!.figure && c.determiners.has(toks[after]!.plain)) after++
    if (after < toks.length && after <= j + 4 && !toks[after]!.figure && c.distractors.at(toks, after)) continue
    const kinds = nearest(toks, figureIndex, j, c.kinds, KIND_AFTER, body)
    const distractor = nearest(toks, figureIndex, j, c.distractors, 0, body).before

    const up = nearest(toks, figureIndex, j, c.up, 3)
    const down = nearest(toks, figureIndex, j, c.down, 3)
    let direction: Sign | null = first.explicit
    if (direction === null && !level) {
      const u = up.best
      const d = down.best
      direction = u && (!d || u.distance < d.distance) ? 1 : d ? -1 : null
    }

    // The entity: nearest before in the sentence, else after it, else carried from a sentence before.
    while (cand < candidates.length && candidates[cand]!.start < first.start) cand++
    const before = cand > 0 ? candidates[cand - 1]! : null
    if (fol < cand) fol = cand
    while (fol < candidates.length && candidates[fol]!.start < end) fol++
    const following = candidates[fol] ?? null
    // A distractor counts when it is nearer than any market noun and no organization stands between it and the figure
    // ("Nvidia's workforce grew 5%" is a headcount; "raised its forecast, while Brightline Foods dropped 3 percent" is a move).
    if (distractor && distractor.distance <= 6 && (!kinds.before || distractor.distance < kinds.before.distance) &&
      !(before && before.start >= toks[distractor.at + distractor.length - 1]!.end)) continue
    // "Airbus a livré 735 avions en 2023, en hausse de 11 %": a percent after a count, with no market noun, is the count's change.
    if (first.unit === 'percent' && countBefore(toks, figureIndex, before, kinds.before, c)) continue
    let entity: Candidate | null = before
    let confidence = 0.9
    // "wiped $210bn off Nvidia's market value": the owner named between the sum and the noun it measures.
    const kindAfter = kinds.after
    const nounEnd = kindAfter ? toks[kindAfter.at + kindAfter.length - 1]!.end : 0
    const owns = following !== null && kindAfter !== null && kinds.best === kindAfter &&
      (following.start < nounEnd || (following.start - nounEnd <= 8 && !/[,;]/.test(body.slice(nounEnd, following.start))))
    if (owns) entity = following
    else if (!entity) { entity = following; confidence -= 0.1 }
    const anaphor = nearest(toks, figureIndex, j, c.anaphors, 0).before
    if (!entity && sources.length > 0 && kinds.best) { entity = sources[0]!; confidence -= 0.2 }
    // An index carries only its own moves; a sum belongs to a company.
    const carries = carried !== null && carried.end >= sentence.start - CARRY && (carried.indexName === null || first.unit === 'percent')
    if (!entity && carries && (kinds.best || anaphor)) { entity = carried; confidence -= 0.25 }
    if (!entity) continue

    const kind = kindOf(first.unit, entity, kinds.best?.value.kind ?? null, direction, level)
    if (!kind) continue
    if (!kinds.best && !(entity.indexName && first.unit === 'percent')) confidence -= 0.1
    if (first.unit === 'currency' && first.currency === null) confidence -= 0.1
    // A sum of no more definite kind (a cost, an investment) is the vaguest of market figures.
    if (kind === 'amount') confidence -= 0.1
    const negative = kinds.best?.value.negative === true
    const sign: Sign = MOVES.has(kind) || (first.unit === 'percent') || (kind === 'amount' && !kinds.best)
      ? (direction ?? (negative ? -1 : 1))
      : negative ? -1 : 1
    const figures: ExtractedFigure[] = group.map((f) => ({ value: sign * Math.abs(f.value), unit: f.unit, currency: f.currency, text: f.text }))
    const entityId = entity.entityId ?? input.entityFor(entity.indexName!, { start: entity.start, end: entity.end })
    const start = entity.end <= first.start && entity.start >= sentence.start ? entity.start : first.start
    events.push({
      entity: entityId, kind, direction: MOVES.has(kind) ? (sign < 0 ? 'down' : 'up') : null,
      figures, text: body.slice(start, end), start, end, confidence: round(confidence)
    })
  }
  return events
}

const YEAR = /^(?:1[89]|20)\d\d$/

/** Is there a count (a bare number that is not a year nor an index level in points) between the entity and the figure, nearer than any market noun? */
function countBefore (toks: readonly Tok[], figureIndex: number, entity: Candidate | null, noun: Near<unknown> | null, c: Compiled): boolean {
  const floor = Math.max(0, figureIndex - BEFORE, noun ? noun.at + noun.length : 0)
  for (let i = figureIndex - 1; i >= floor; i--) {
    const tok = toks[i]!
    if (entity && tok.start < entity.end) return false
    if (tok.figure || !/^\d+$/.test(tok.plain) || YEAR.test(tok.plain)) continue
    // The digits of a decimal or a group ("1,8 million", "7 500 points") are one number: its unit is after the last.
    let last = i
    while (toks[last + 1] && /^\d+$/.test(toks[last + 1]!.plain) && toks[last + 1]!.start - toks[last]!.end <= 1) last++
    const unit = toks[last + 1]
    if (!(unit && c.points.has(unit.plain))) return true
  }
  return false
}

/** What a figure measures, or null when it is not a market figure (a percent that does not move). */
function kindOf (unit: 'percent' | 'currency', entity: Candidate, noun: MarketEventKind | null, direction: Sign | null, level: boolean): MarketEventKind | null {
  if (unit === 'percent') {
    if (direction === null) return null
    if (entity.indexName) return 'index_change'
    if (noun && PERCENT_KINDS.has(noun)) return noun
    return 'share_price_change'
  }
  // An index is moved in percent or points; a sum near its name is something else's.
  if (noun === 'index_change') noun = null
  if (noun === 'deal_value' || noun === 'financial_result' || noun === 'amount') return noun
  // A price or a value reached ("closed at $120", "valued at $3 trillion") is a sum, not a move.
  if (noun && MOVES.has(noun)) return direction !== null && !level ? noun : 'amount'
  return direction !== null ? 'amount' : null
}
