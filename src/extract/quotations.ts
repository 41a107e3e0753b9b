// Quotation stage: the outermost quotations of each paragraph in « », “ ”, ‘ ’ and straight marks, with their inner span; marks nested inside a quotation belong to it. Doubled apostrophes ('', as some archives print quotation marks) are not quotation marks here, as in the shared scorer's rule G3.
import type { Range } from './types.js'

export interface Quotation extends Range {
  /** The marks' span, marks included (the end of the paragraph when the closing mark is missing). */
  outer: Range
  /** The quotation runs on into the next paragraph: it opened and never closed in this one. */
  open: boolean
}

const SPACE = /[\s\u00a0\u202f\u2009]/
const LETTER = /[\p{L}\p{N}]/u

/** The closing mark that ends a quotation opened at `at`, or undefined when the character opens none. */
function closerOf (body: string, at: number, paragraphStart: number): string | undefined {
  const c = body[at]!
  const before = at > paragraphStart ? body[at - 1]! : ' '
  const after = body[at + 1] ?? ' '
  switch (c) {
    case '«': return '»'
    case '“': return '”'
    case '"': return '"'
    // ‘ opens only at a word's start, so it is never an apostrophe ("‘in Their Heads’").
    case '‘': return !LETTER.test(before) && LETTER.test(after) ? '’' : undefined
    // A closing mark used as an opening one at the start of a passage (”Fear. …”).
    case '”': return !LETTER.test(before) && !/[,.;:!?]/.test(before) && LETTER.test(after) ? '”' : undefined
    default: return undefined
  }
}

/** Where the quotation opened at `open` with `closer` ends (the closing mark's index), or -1 within the paragraph. */
function closingAt (body: string, open: number, closer: string, end: number): number {
  for (let i = open + 1; i < end; i++) {
    const c = body[i]!
    if (closer === '’') {
      // An apostrophe inside a word ("it’s", "Clinton’s") does not close.
      if (c === '’' && !LETTER.test(body[i + 1] ?? ' ')) return i
      continue
    }
    if (c === closer) return i
    // Mixed marks in careless text: "Oz has a huge bully pulpit,” said …; “It is,"
    if ((closer === '"' && c === '”') || (closer === '”' && c === '"' && !LETTER.test(body[i + 1] ?? ' '))) return i
    // “ … “ with a space or punctuation after the second: a mistyped closing mark.
    if (closer === '”' && c === '“' && i > open + 1 && !SPACE.test(body[i - 1]!) && !LETTER.test(body[i + 1] ?? ' ')) return i
    // A quotation in « » may close with ” in mistyped text only when no » follows in the paragraph; left alone.
  }
  return -1
}

/** Every outermost quotation of the paragraphs, in order. */
export function quotations (body: string, paragraphList: readonly Range[]): Quotation[] {
  const found: Quotation[] = []
  for (const p of paragraphList) {
    // A mark whose closing partner was not found before the paragraph's end will not find one
    // from further on either: remembered, so a paragraph of unpaired marks is read once.
    const unclosed = new Set<string>()
    for (let i = p.start; i < p.end; i++) {
      const closer = closerOf(body, i, p.start)
      if (!closer) continue
      const markLength = 1
      const close = unclosed.has(closer) ? -1 : closingAt(body, i + markLength - 1, closer, p.end)
      if (close === -1) unclosed.add(closer)
      // A straight mark with no partner is a stray (inches, a typo) unless it starts the paragraph.
      if (close === -1 && closer === '"' && i !== p.start) continue
      if (close === -1 && closer === '’') continue
      const outerEnd = close === -1 ? p.end : close + markLength
      let start = i + markLength
      let stop = close === -1 ? p.end : close
      while (start < stop && SPACE.test(body[start]!)) start++
      while (stop > start && SPACE.test(body[stop - 1]!)) stop--
      if (stop > start) found.push({ start, end: stop, outer: { start: i, end: outerEnd }, open: close === -1 })
      i = outerEnd - 1
    }
  }
  return found
}
