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
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ')
}

/** The words a search matches as prefixes: folded, without one-letter words, singular, at most 16. */
export function searchWords (text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 || /\d/.test(w))
    .slice(0, 16)
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
}

/** Folded words as the full-text tokenizer splits them (letters and digits; everything else separates). */
export const words = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
