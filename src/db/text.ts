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
