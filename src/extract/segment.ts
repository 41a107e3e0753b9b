// Segmentation stage: paragraphs, sentences and word tokens, each with its offsets in the body; sentence ends know abbreviations, initials and quotations.
import type { Range } from './types.js'

export interface Token extends Range {
  text: string
  /** Lower-cased, with ’ as ' (cues and lexicons are looked up by this). */
  lower: string
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean
  /** Starts with a capital letter. */
  capital: boolean
}

const SPACE = /[\s\u00a0\u202f\u2009]/

/** Paragraphs: lines of text, separated by line breaks (blank lines or not). */
export function paragraphs (body: string): Range[] {
  const found: Range[] = []
  for (const m of body.matchAll(/[^\n]+/g)) {
    let start = m.index
    let end = m.index + m[0].length
    while (start < end && SPACE.test(body[start]!)) start++
    while (end > start && SPACE.test(body[end - 1]!)) end--
    if (end > start) found.push({ start, end })
  }
  return found
}

// Words whose trailing period never ends a sentence when a capital follows ("Mr. Moffett", "Sen. Kaine", "M. Valls").
// Compared lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm',
  'cmdr', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'pres', 'supt', 'det', 'atty', 'gens', 'messrs', 'mmes', 'mme', 'mlle', 'mm', 'me', 'mgr', 'pr',
  'vs', 'v', 'no', 'nos', 'vol', 'fig', 'approx', 'dept', 'univ', 'assn', 'bros', 'ft', 'mt', 'ste', 'cf', 'p', 'pp', 'art', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo'
])
const OPENING = /[«“"‘'([]/u

/** Is the period at `at` part of an abbreviation or an initial, rather than a sentence end? */
function abbreviationAt (body: string, at: number): boolean {
  let from = at
  while (from > 0 && /[\p{L}.]/u.test(body[from - 1]!)) from--
  const word = body.slice(from, at)
  if (word.length === 0) return false
  // "D." in "Edward D. Kleinbard", "U.S.", "R-N.C.": single letters and dotted initials.
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

/** The period at `at` follows a single capital letter. */
const initialAt = (body: string, at: number) => at > 0 && /\p{Lu}/u.test(body[at - 1]!) && !/[\p{L}.]/u.test(body[at - 2] ?? ' ')

/** The word starting at `at`, lower-cased. */
const wordAt = (body: string, at: number) => /^[\p{L}']+/u.exec(body.slice(at, at + 20))?.[0].toLowerCase() ?? ''

// Words that open a sentence rather than continue a name after an initial.
const STARTERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'the', 'a', 'an', 'this', 'but', 'and', 'in', 'on', 'il', 'elle', 'ils', 'elles', 'le', 'la', 'les', 'un', 'une', 'mais', 'et', 'en', 'ce', 'cette'])

/** The next non-space character after `at`, within `end`. */
function nextVisible (body: string, at: number, end: number): number {
  let i = at
  while (i < end && SPACE.test(body[i]!)) i++
  return i
}

/**
 * Sentences of a paragraph. A sentence ends at . ! ? or … (with any closing quotation marks
 * or brackets after it) when a capital, a digit or an opening mark follows, or the paragraph
 * ends; never inside a quotation, so a quoted passage stays with the sentence that attributes it.
 */
export function sentences (body: string, paragraph: Range, quoted: readonly Range[], attributes: Attributes = NEVER): Range[] {
  let q = 0
  const inside = (at: number) => {
    while (q < quoted.length && quoted[q]!.end <= at) q++
    return q < quoted.length && at > quoted[q]!.start && at < quoted[q]!.end - 1
  }
  const found: Range[] = []
  let start = paragraph.start
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = body[i]!
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
    // Inside a quotation no sentence ends, but at its very end one may ("… the timing." Gov. McCrory said).
    if (inside(i)) {
      // French typography puts a space before the closing guillemet: « … victoire ! » Le porte-parole …
      let j = i + 1
      while (j < quoted[q]!.end && SPACE.test(body[j]!)) j++
      const marks = j
      while (j < quoted[q]!.end && /[»”"’]/u.test(body[j]!)) j++
      if (j !== quoted[q]!.end || j === marks) continue
      // "“How many times?” Clinton said.": a question or an exclamation that opens its sentence goes on into a short attribution.
      if (c !== '.' && nextVisible(body, start, paragraph.end) >= quoted[q]!.start && shortTail(body, j, paragraph.end, attributes)) continue
    }
    let end = i + 1
    while (end < paragraph.end && /[.!?…»”"’')\]]/u.test(body[end]!)) end++
    // "… victoire ! » Le …": a space may stand between the stop and the closing guillemet.
    let spaced = end
    while (spaced < paragraph.end && SPACE.test(body[spaced]!)) spaced++
    if (spaced > end && spaced < paragraph.end && /[»”]/u.test(body[spaced]!)) {
      end = spaced
      while (end < paragraph.end && /[»”"’')\]]/u.test(body[end]!)) end++
    }
    // The closing mark of a quotation that ends here belongs to this sentence.
    if (end === paragraph.end) break
    if (!SPACE.test(body[end]!)) continue
    const next = nextVisible(body, end, paragraph.end)
    if (next >= paragraph.end) break
    const n = body[next]!
    // "27 août 2012. - Le ministre…": a dateline ends at its dash.
    const dateline = c === '.' && /^[-–—]\s/u.test(body.slice(next, next + 2))
    if (!(/[\p{Lu}\p{N}]/u.test(n) || OPENING.test(n) || dateline)) continue
    // An initial is followed by a name ("D. Kleinbard"); "X." before a quotation mark or "He" ends a sentence.
    if (c === '.' && abbreviationAt(body, i) && !(initialAt(body, i) && (OPENING.test(n) || STARTERS.has(wordAt(body, next))))) continue
    found.push({ start, end })
    start = next
    i = next - 1
  }
  if (start < paragraph.end) found.push({ start, end: paragraph.end })
  return found
}

/** Whether a few words (lower-case, ’ as ') after a quotation attribute it ("clinton said") rather than open a sentence ("le porte-parole se félicite"). */
export type Attributes = (words: readonly string[]) => boolean
const NEVER: Attributes = () => false

/** After a quotation ends at `at`: a few words and a stop, no other quotation, that attribute it ("Clinton said.", "Sanders asked Mr. Smith."). */
function shortTail (body: string, at: number, end: number, attributes: Attributes): boolean {
  const tail = /^\s+\p{Lu}[^.!?…«“"]{0,60}?[.!?…,]/u.exec(body.slice(at, end))?.[0]
  if (tail === undefined) return false
  const words = tail.replace(/’/g, "'").toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []
  return words.length <= 6 && attributes(words)
}

/** Every sentence of the body, in order. */
export function allSentences (body: string, paragraphList: readonly Range[], quoted: readonly Range[], attributes: Attributes = NEVER): Range[] {
  const found: Range[] = []
  let q = 0
  for (const p of paragraphList) {
    while (q < quoted.length && quoted[q]!.end <= p.start) q++
    let r = q
    while (r < quoted.length && quoted[r]!.start < p.end) r++
    const from = datelineEnd(body, p)
    found.push(...sentences(body, from === p.start ? p : { start: from, end: p.end }, quoted.slice(q, r), attributes))
    q = r
  }
  return found
}

// "WASHINGTON (AP) —", "PHILADELPHIA, Dec. 8 (UPI) --", "PARIS (AFP) –": a place in capitals, a date and an agency, then a dash.
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]+\p{Lu}\.?(?:,[^—–\n(]{1,40}?)?(?:\s*\([\p{L}\p{N} .&-]{1,30}\))?\s*(?:—|–|--|-)\s*/u

/** Where a paragraph's text begins past its dateline (its start when it has none): a dateline names no one and says nothing. */
function datelineEnd (body: string, paragraph: Range): number {
  const m = DATELINE.exec(body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120)))
  return m && m.index + m[0].length < paragraph.end - paragraph.start ? paragraph.start + m[0].length : paragraph.start
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'.\-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|''|[^\s\p{L}\p{M}\p{N}]/gu

/** Word and punctuation tokens of `range`. A word keeps inner hyphens, apostrophes and dots ("Jean-Marie", "O'Rourke", "U.S."). */
export function tokens (body: string, range: Range): Token[] {
  const found: Token[] = []
  const text = body.slice(range.start, range.end)
  for (const m of text.matchAll(TOKEN)) {
    let value = m[0]
    // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "D.", "U.S.").
    if (value.length > 1 && value.endsWith('.') && !abbreviationAt(body, range.start + m.index + value.length - 1)) value = value.slice(0, -1)
    let start = range.start + m.index
    // French elision: "l'Intérieur", "d'Ansar", "qu'il" are two words.
    const elided = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu.exec(value)
    if (elided && value.length > elided[0].length + 1) {
      const e = elided[0]
      found.push({ start, end: start + e.length, text: e, lower: e.toLowerCase().replace(/’/g, "'"), word: true, capital: /^\p{Lu}/u.test(e) })
      start += e.length
      value = value.slice(e.length)
    }
    const word = /[\p{L}\p{N}]/u.test(value[0]!)
    found.push({ start, end: start + value.length, text: value, lower: value.toLowerCase().replace(/’/g, "'"), word, capital: /^\p{Lu}/u.test(value) })
    if (m[0].endsWith('.') && !value.endsWith('.')) {
      const at = start + value.length
      found.push({ start: at, end: at + 1, text: '.', lower: '.', word: false, capital: false })
    }
  }
  return found
}
