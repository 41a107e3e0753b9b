// Text structure the extractor reads: paragraphs, sentences and quotations, each with its offsets in the body.

export interface Range {
  start: number
  end: number
}

export interface Quotation extends Range {
  /** The marks' span, guillemets included. */
  outer: Range
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '"': '"' }
const SPACE = /[\s\u00a0\u202f]/

/** Paragraphs: runs of text between blank lines. */
export function paragraphs (body: string): Range[] {
  const found: Range[] = []
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  for (const m of body.matchAll(re)) {
    if (m[0].trim()) found.push({ start: m.index, end: m.index + m[0].length })
  }
  return found
}

/** Every quotation in « », “ ” or " " with its inner span trimmed of spaces (no nesting). */
export function quotations (body: string): Quotation[] {
  const found: Quotation[] = []
  // The next paragraph break and the next closing mark of each kind, found once and reused
  // while they lie ahead, so the scan stays linear however many marks the text holds.
  let paragraphEnd = -2
  const nextClose = new Map<string, number>()
  for (let i = 0; i < body.length; i++) {
    const close = OPENERS[body[i]!]
    if (!close) continue
    let end = nextClose.get(close) ?? -2
    if (end !== -1 && end <= i) {
      end = body.indexOf(close, i + 1)
      nextClose.set(close, end)
    }
    if (paragraphEnd !== -1 && paragraphEnd < i) paragraphEnd = body.indexOf('\n\n', i)
    // A quotation stays within its paragraph.
    if (end === -1 || (paragraphEnd !== -1 && end > paragraphEnd)) continue
    let start = i + 1
    let stop = end
    while (start < stop && SPACE.test(body[start]!)) start++
    while (stop > start && SPACE.test(body[stop - 1]!)) stop--
    if (stop > start) found.push({ start, end: stop, outer: { start: i, end: end + 1 } })
    i = end
  }
  return found
}

/**
 * Sentences of a paragraph: ends at . ! ? (or the paragraph's end) outside quotation marks,
 * when followed by a space and a capital, a quotation mark or the end.
 */
export function sentences (body: string, paragraph: Range, quotes: Quotation[]): Range[] {
  // Quotations are in text order and do not overlap: one pointer walks them as i advances.
  let q = 0
  const inside = (at: number) => {
    while (q < quotes.length && quotes[q]!.outer.end - 1 <= at) q++
    return q < quotes.length && at > quotes[q]!.outer.start
  }
  const found: Range[] = []
  let start = paragraph.start
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = body[i]!
    if ((c === '.' || c === '!' || c === '?') && !inside(i)) {
      const rest = body.slice(i + 1, Math.min(paragraph.end, i + 4))
      if (rest === '' || /^[\s\u00a0]+[«“"A-ZÀ-ÖØ-Þ0-9]/u.test(rest)) {
        found.push({ start, end: i + 1 })
        start = i + 1
        while (start < paragraph.end && SPACE.test(body[start]!)) start++
      }
    }
  }
  if (start < paragraph.end && body.slice(start, paragraph.end).trim()) found.push({ start, end: paragraph.end })
  return found
}

/** Lower-cased, accent-free text for matching cues. */
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

/** Where `item` goes in `sorted` (ordered by `start`) to keep it ordered. */
export function insertSorted<T extends Range> (sorted: T[], item: T) {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]!.start <= item.start) lo = mid + 1
    else hi = mid
  }
  sorted.splice(lo, 0, item)
}

export const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
