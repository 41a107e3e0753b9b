// Which spelling of an entity a search matched, as autocomplete shows it: its name or one of its aliases.
import { searchWords, words } from '../db/text.js'

/**
 * Which spelling a search matched: the first of name, then aliases, in which every search
 * word starts a word; else the one that starts the most.
 */
export function matchedSpelling (name: string, aliases: string[], q: string): { field: 'name' | 'alias', text: string } {
  const wanted = searchWords(q)
  const candidates = [{ field: 'name' as const, text: name }, ...aliases.filter((a) => a !== name).map((text) => ({ field: 'alias' as const, text }))]
  const hits = (text: string) => {
    const own = words(text)
    return wanted.filter((w) => own.some((o) => o.startsWith(w))).length
  }
  let best = candidates[0]!
  let bestHits = -1
  for (const candidate of candidates) {
    const n = hits(candidate.text)
    if (n > bestHits) [best, bestHits] = [candidate, n]
    if (n === wanted.length) break
  }
  return best
}
