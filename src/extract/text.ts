// Text helpers the stages share: accent-free matching, ranges found by binary search, word counts.
import { quotations as quotationStage } from './quotations.js'
import { paragraphs } from './segment.js'
import type { Range } from './types.js'

export type { Range } from './types.js'

/** Lower-cased, accent-free text with ’ as ', for matching cues and names. */
export const plain = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase()

/** The items of `sorted` (ordered by `start`) that lie within `range`, found by binary search. */
export function within<T> (sorted: readonly T[], range: Range, rangeOf: (item: T) => Range): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (rangeOf(sorted[mid]!).start < range.start) lo = mid + 1
    else hi = mid
  }
  const found: T[] = []
  for (let i = lo; i < sorted.length && rangeOf(sorted[i]!).start < range.end; i++) {
    if (rangeOf(sorted[i]!).end <= range.end) found.push(sorted[i]!)
  }
  return found
}

export const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

/** The inner spans of a body's quotations, as the seed checks its annotation against them. */
export const quotationSpans = (body: string): Range[] => quotationStage(body, paragraphs(body)).map(({ start, end }) => ({ start, end }))
