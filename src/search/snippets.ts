// Search snippets: the passage of a text that best matches a search, HTML-escaped, its matching words marked.
import { fold, searchWords } from '../db/text.js'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Characters of a long text a snippet looks at: from a little before the first match on. */
export const SNIPPET_REGION = 2000
const SNIPPET_LEAD = 200

const escapeRegex = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/** A search's words as one expression over folded text, compiled once per search rather than per hit (a page highlights up to 100). */
const COMPILED = new Map<string, RegExp>()
function compiled (wanted: string[]): RegExp {
  const key = wanted.join(' ')
  let found = COMPILED.get(key)
  if (!found) {
    found = new RegExp(wanted.map(escapeRegex).join('|'), 'g')
    if (COMPILED.size >= 256) COMPILED.delete(COMPILED.keys().next().value!)
    COMPILED.set(key, found)
  }
  return found
}

/** How far into a long text a snippet looks for its first match: all of any article the API accepts (a 200,000-character body, its title and standfirst). */
export const SNIPPET_SCAN = 250_000

// Each Latin, Greek and Cyrillic letter's folded form, one code unit for one: folding a long text this way keeps every offset and costs a table lookup a character.
const FOLDED = new Uint16Array(0x1f00)
for (let code = 0; code < FOLDED.length; code++) {
  const c = String.fromCharCode(code)
  const f = code >= 0xd800 ? c : fold(c)
  FOLDED[code] = f.length === 1 ? f.charCodeAt(0) : c.toLowerCase().length === 1 ? c.toLowerCase().charCodeAt(0) : code
}
// Characters past the table: a word holding one is folded by fold() itself.
const PAST_TABLE = new RegExp(`[^\\u0000-\\u${(FOLDED.length - 1).toString(16)}]`, 'u')

/** `text` folded as fold() does, with the same length; null when it holds a combining mark, which fold() would drop. */
function foldInPlace (text: string): string | null {
  const codes = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) return null
    codes[i] = c < FOLDED.length ? FOLDED[c]! : c
  }
  return UTF16.decode(codes)
}
const UTF16 = new TextDecoder('utf-16le')

/**
 * Where the first word of `folded` (a text folded in place) that starts with one of `wanted`
 * begins, or -1: one regular-expression scan.
 */
function firstMatch (folded: string, wanted: string[]): number {
  const pattern = compiled(wanted)
  pattern.lastIndex = 0
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    if (m.index === 0 || !/[\p{L}\p{N}]/u.test(folded[m.index - 1]!)) return m.index
  }
  return -1
}

/**
 * The passage of `text` that best matches the search words, HTML-escaped, with <mark> around
 * each matching word (a word matches when it starts with a search word, as in the index). At
 * most `window` words around the densest run of matches; the whole text when shorter. Done
 * here rather than by FTS5's snippet(), which SQLite would compute for every ranked candidate.
 * The work is bounded whatever the text's length: past SNIPPET_REGION characters, only that many
 * from just before the first match are read.
 */
export function highlight (text: string, q: string, window = 32): string {
  const wanted = searchWords(q)
  // Folded once, offset for offset, for both the first match and each word's test. Text with
  // combining marks (an accent typed apart from its letter) cannot be: fold() drops them, which
  // shifts offsets, so its words are folded one by one and a long one is read from its start.
  const folded = wanted.length === 0 ? null : foldInPlace(text.slice(0, SNIPPET_SCAN))
  let region = { start: 0, end: text.length }
  if (text.length > SNIPPET_REGION && folded !== null) {
    const at = firstMatch(folded, wanted)
    const start = at <= SNIPPET_LEAD ? 0 : at - SNIPPET_LEAD
    region = { start, end: Math.min(text.length, start + SNIPPET_REGION) }
  } else if (text.length > SNIPPET_REGION) {
    region = { start: 0, end: SNIPPET_REGION }
  }
  const hit = (word: string, at: number) => folded !== null && at + word.length <= folded.length && !PAST_TABLE.test(word)
    ? wanted.some((w) => folded.startsWith(w, at))
    : wanted.some((w) => fold(word).startsWith(w))
  const tokens = [...text.slice(region.start, region.end).matchAll(/[\p{L}\p{N}]+/gu)]
    // A word cut by the region's edge is not a word of the text.
    .filter((m) => !(region.start > 0 && m.index === 0) && !(region.end < text.length && m.index + m[0].length === region.end - region.start))
    .map((m) => ({ start: region.start + m.index, end: region.start + m.index + m[0].length, hit: hit(m[0], region.start + m.index) }))
  let first = 0
  if (tokens.length > window) {
    // The earliest window with the most hits, counted as the window slides.
    let hits = tokens.slice(0, window).filter((t) => t.hit).length
    let best = hits
    for (let i = 1; i + window <= tokens.length; i++) {
      hits += (tokens[i + window - 1]!.hit ? 1 : 0) - (tokens[i - 1]!.hit ? 1 : 0)
      if (hits > best) [best, first] = [hits, i]
    }
  }
  const shown = tokens.slice(first, first + window)
  if (shown.length === 0) return escapeHtml(text.slice(0, 200))
  const from = first === 0 && region.start === 0 ? 0 : shown[0]!.start
  const to = first + window >= tokens.length && region.end === text.length ? text.length : shown[shown.length - 1]!.end
  let out = from === 0 ? '' : '…'
  let at = from
  for (const token of shown) {
    if (!token.hit) continue
    out += `${escapeHtml(text.slice(at, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`
    at = token.end
  }
  return `${out}${escapeHtml(text.slice(at, to))}${to < text.length ? '…' : ''}`
}
