// Text helpers shared by seeding and queries: accent/case folding and exact-occurrence search.

/** Lower-cases, strips diacritics and unifies apostrophes, so «Évidemment» and "evidemment" compare equal. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
}

/** Every start offset of `needle` in `haystack` (JavaScript string indices), overlaps included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  if (needle.length === 0) return found
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at)
  }
  return found
}

/**
 * Turns free text into a safe FTS5 query: each word is folded, stripped of a plural -s/-x,
 * quoted (so FTS syntax in the input is inert) and prefix-matched, and all words must match.
 * "modèles" and "modele" both become `"modele"*`. Null when the text has no searchable word.
 */
export function ftsQuery (text: string): string | null {
  const words = searchWords(text)
  // A stopword is a whole word: as a prefix, "le" would also match "les", "leur", "lecture"...
  return words.length === 0 ? null : words.map((w) => (isStopword(w) ? `"${w}"` : `"${w}"*`)).join(' ')
}

/** Whether a folded word is one of the stopwords below, which a search matches whole, never as a prefix. */
export const isStopword = (word: string) => STOPWORDS.has(word)

// Words too frequent to tell statements apart; dropped from a search that has other words.
const STOPWORDS = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'au', 'aux', 'en', 'que', 'qui', 'dans', 'sur', 'pour',
  'par', 'pas', 'ne', 'se', 'ce', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'est', 'sont', 'son', 'sa', 'ses',
  'the', 'of', 'and', 'to', 'in', 'is', 'it', 'that', 'for', 'on', 'with', 'as', 'at', 'by', 'an', 'be', 'this', 'are', 'or', 'from'
])

/**
 * The words a search matches as prefixes: folded, without one-letter words, singular, at most
 * 16, and without stopwords unless the search has nothing else.
 */
export function searchWords (text: string): string[] {
  const all = words(text)
    .filter((w) => w.length > 1 || /\d/.test(w))
    .slice(0, 16)
  const meaningful = all.filter((w) => !STOPWORDS.has(w))
  return (meaningful.length > 0 ? meaningful : all)
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
}

/**
 * Whether an FTS query (from ftsQuery) is made of stopwords only. Such words are in most
 * statements, and BM25 must read each one's whole index to weigh it, so those searches rank a
 * smaller set of recent candidates.
 */
export function onlyStopwords (match: string): boolean {
  const terms = [...match.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
  return terms.length > 0 && terms.every((t) => STOPWORDS.has(t))
}

/** Folded words as the full-text tokenizer splits them (letters and digits; everything else separates). */
export const words = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * Orders strings as SQLite's BINARY collation orders their UTF-8, by code point. JavaScript's `<`
 * compares UTF-16 units, which puts U+E000–U+FFFF after every character past U+FFFF.
 */
export function binaryCompare (a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // A surrogate starts a character past U+FFFF, greater than any single unit.
    const [sx, sy] = [x >= 0xd800 && x <= 0xdfff, y >= 0xd800 && y <= 0xdfff]
    return sx === sy ? x - y : sx ? 1 : -1
  }
  return a.length - b.length
}
