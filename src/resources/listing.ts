// How every list answers: a keyset page as JSON (Link header, optional total), or every matching item streamed as CSV or NDJSON.
import { Readable } from 'node:stream'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { invalidField } from '../errors.js'
import type { Projection } from './fields.js'

export const CSV_TYPE = 'text/csv'
export const NDJSON_TYPE = 'application/x-ndjson'
export const TOTAL_HEADER = 'x-total-count'
const EXPORT_BATCH = 500

type Key = readonly (string | number | null)[]

/**
 * Keyset cursors: the sort they belong to and the sort key of the last item served, as
 * base64url JSON. A cursor from another list, another sort or a hand edit is a 400.
 */
export function encodeCursor (sort: string, key: Key): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url')
}

export function decodeCursor<K extends Key> (cursor: string, sort: string, key: z.ZodType<K>): K {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    parsed = undefined
  }
  const shape = z.object({ s: z.literal(sort), k: key }).safeParse(parsed)
  if (!shape.success) throw invalidField('query', 'cursor', 'Not a cursor this list issued with this sort; pass page.nextCursor unchanged.')
  return shape.data.k
}

export interface CsvColumn<T> {
  header: string
  /** The item field the column comes from, when its header is not that field's name (`articleId` from `article`). */
  field?: string
  value: (item: T) => string | number | null
}

export interface ListSpec<R, T, K extends Key> {
  /** Names the order; a cursor only resumes the order it was issued for. */
  sort: string
  /** Validates a cursor's key. */
  key: z.ZodType<K>
  /** Rows after `after` in the list's order, at most `limit`; `exporting` when the rows are one batch of a CSV or NDJSON export, which outlasts the request's content version. */
  fetch: (after: K | undefined, limit: number, exporting: boolean) => Promise<R[]>
  keyOf: (row: R) => K
  /**
   * Turns rows into API items (one query for the whole batch where it needs more data). `wants`
   * says whether the client asked for a field, so work for a field left out (a join, a snippet)
   * is skipped; an item may then lack that field, which the projection does not write anyway.
   */
  shape: (rows: R[], wants: (field: string) => boolean, exporting: boolean) => T[] | Promise<T[]>
  /** The number of matching items, when asked for; a search past its cap gives a lower bound. */
  count: () => Promise<number | { total: number, exact: boolean }>
  csv: CsvColumn<T>[]
  /** Rows an export reads at a time (EXPORT_BATCH unless rows are large: a searched article carries its body). */
  exportBatch?: number
  /**
   * Throws (a 404) when what the list belongs to is gone: an entity's statements. Asked before
   * an export starts, and for a page only when it comes back empty, since a row is proof enough.
   */
  ensureOwner?: () => Promise<void>
}

export interface PageParams {
  limit: number
  cursor?: string | undefined
  count?: boolean | undefined
  /** `fields=`: only these fields in each item. */
  fields?: Projection | undefined
}

/** The media type the client prefers among JSON, CSV and NDJSON (JSON when it states none of them). */
export function negotiate (accept: string | undefined): typeof CSV_TYPE | typeof NDJSON_TYPE | 'application/json' {
  let best: { type: string, q: number } = { type: 'application/json', q: 0 }
  for (const part of (accept ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';')
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1)
    const type = range === CSV_TYPE || range === NDJSON_TYPE || range === 'application/json' ? range : undefined
    if (type && q > best.q) best = { type, q }
  }
  return best.type as ReturnType<typeof negotiate>
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote, line break or edge space; quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading ' and quotes, as OWASP recommends; numbers stay numbers.
 */
export function csvField (value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `"'${value.replaceAll('"', '""')}"`
  const text = String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Answers a list request. JSON: one page of `limit` items with `page.nextCursor`, a
 * `Link: rel="next"` header, and `page.total` plus `X-Total-Count` when `count=true`.
 * CSV and NDJSON: every matching item from `cursor` on, streamed in batches so a large
 * export never holds the database or the event loop for long.
 */
export async function respondList<R, T, K extends Key> (request: FastifyRequest, reply: FastifyReply, spec: ListSpec<R, T, K>, params: PageParams) {
  const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor, spec.sort, spec.key)
  const counted = params.count ? await spec.count() : undefined
  const { total, exact } = typeof counted === 'number' ? { total: counted, exact: true } : counted ?? { total: undefined, exact: true }
  const type = negotiate(request.headers.accept)
  const projection = params.fields
  const wants = projection === undefined ? everyField : projection.has
  if (type !== 'application/json') {
    const columns = projection === undefined ? spec.csv : spec.csv.filter((c) => projection.has(c.field ?? c.header))
    if (type === CSV_TYPE && columns.length === 0) {
      throw invalidField('query', 'fields', `None of these fields is a CSV column; the columns come from ${[...new Set(spec.csv.map((c) => c.field ?? c.header))].join(', ')}.`)
    }
    reply.type(type === CSV_TYPE ? `${CSV_TYPE}; charset=utf-8; header=present` : `${NDJSON_TYPE}; charset=utf-8`)
    const line = type === CSV_TYPE
      ? (item: T) => `${columns.map((c) => csvField(c.value(item))).join(',')}\r\n`
      : projection === undefined ? (item: T) => `${JSON.stringify(item)}\n` : (item: T) => `${JSON.stringify(projection.pick(item as object))}\n`
    const head = type === CSV_TYPE ? `${columns.map((c) => csvField(c.header)).join(',')}\r\n` : undefined
    await spec.ensureOwner?.()
    if (total !== undefined) reply.header(TOTAL_HEADER, String(total))
    return reply.send(Readable.from(exportLines(spec, after, wants, line, head)))
  }
  const rows = await spec.fetch(after, params.limit + 1, false)
  if (rows.length === 0) await spec.ensureOwner?.()
  if (total !== undefined) reply.header(TOTAL_HEADER, String(total))
  const pageRows = rows.slice(0, params.limit)
  const last = pageRows[pageRows.length - 1]
  const nextCursor = rows.length > params.limit && last !== undefined ? encodeCursor(spec.sort, spec.keyOf(last)) : null
  if (nextCursor) {
    const url = new URL(request.url, 'http://localhost')
    url.searchParams.set('cursor', nextCursor)
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  const data = await spec.shape(pageRows, wants, false)
  // The route's serializer writes every field of the full schema; a field set has its own, set
  // only once nothing can fail, so an error is never written with it.
  if (projection !== undefined) reply.type('application/json; charset=utf-8').serializer(projection.stringify)
  return { data, page: { limit: params.limit, nextCursor, ...(total === undefined ? {} : { total, ...(exact ? {} : { totalIsLowerBound: true as const }) }) } }
}

const everyField = () => true

async function * exportLines<R, T, K extends Key> (spec: ListSpec<R, T, K>, after: K | undefined, wants: (field: string) => boolean, line: (item: T) => string, head: string | undefined) {
  if (head !== undefined) yield head
  let key = after
  for (;;) {
    const batch = spec.exportBatch ?? EXPORT_BATCH
    const rows = await spec.fetch(key, batch, true)
    const items = await spec.shape(rows, wants, true)
    yield items.map(line).join('')
    const last = rows[rows.length - 1]
    if (rows.length < batch || last === undefined) return
    key = spec.keyOf(last)
    await yieldToEventLoop()
  }
}
