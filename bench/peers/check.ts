// Whether a server's answers hold the rows they should: each answer read into statement rows and compared with SQL on the corpus, with the first way it differs as the reason.
import type { Request } from '../drive.js'
import type { Row } from './corpus.js'

/** How a server's answer holds its statements, read into rows (its envelope and field names differ from ours). */
export type RowsOf = (body: unknown) => Row[]

type Item = Record<string, unknown>
const items = (value: unknown): Item[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]) as Item[]
const nameOf = (speaker: unknown) => (typeof speaker === 'object' && speaker !== null ? (speaker as Item).name as string | undefined : undefined)

/** Rows from the part of the body `pick` finds (an array, or one object), the joined speaker under `speakerField`, if the server joins one. */
export const rowsAt = (pick: (body: Item) => unknown, speakerField?: string): RowsOf => (body) =>
  items(pick(body as Item)).map((item) => ({ id: item.id as string, speaker: speakerField === undefined ? undefined : nameOf(item[speakerField]) }))

export interface Checked {
  /** 'yes', or why not: the first difference found. */
  verdict: string
  /** Mean size of an answer's body. */
  bytes: number
}

/**
 * Fetches each request once and compares its rows with `expected` (the rows request i must hold):
 * the same ids in the same order, and, when `speaker` is asked for, the speaker joined by name.
 */
export async function check (base: string, requests: Request[], expected: Row[][], rowsOf: RowsOf, speaker: boolean): Promise<Checked> {
  let verdict = 'yes'
  let bytes = 0
  for (const [i, request] of requests.entries()) {
    const response = await fetch(`${base}${request.path}`, { method: request.method ?? 'GET', headers: request.headers, body: request.body })
    const text = await response.text()
    bytes += Buffer.byteLength(text)
    if (verdict !== 'yes') continue
    if (!response.ok) {
      verdict = `no: answers ${response.status}`
      continue
    }
    const rows = rowsOf(JSON.parse(text))
    const want = expected[i]!
    const ids = rows.map((r) => r.id).join()
    if (ids !== want.map((r) => r.id).join()) {
      verdict = ids.split(',').sort().join() === want.map((r) => r.id).sort().join() ? 'no: other order' : `no: other rows (${rows.length} against ${want.length})`
    } else if (speaker && rows.some((r) => r.speaker === undefined)) {
      verdict = 'no: speaker not joined'
    } else if (speaker && rows.some((r, j) => r.speaker !== want[j]!.speaker)) {
      verdict = 'no: another speaker'
    }
  }
  return { verdict, bytes: bytes / Math.max(1, requests.length) }
}
