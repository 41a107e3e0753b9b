// Pieces every resource shares: id and page parameters, reference shapes, the page envelope, and keyset cursors.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { DATE_PRECISIONS, ENTITY_TYPES } from '../db/schema.js'
import { invalidField } from '../errors.js'

/**
 * A query-string integer: digits only (no "1e1", no " 5"), then range-checked. `meta` sits on
 * the inner number so the OpenAPI document shows it.
 */
export function queryInt (min: number, max: number, meta: { description: string, default?: number, examples?: number[] }) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : v),
    z.number({ error: `Must be a whole number from ${min} to ${max}.` }).int().min(min).max(max).meta(meta)
  )
}

export const Slug = z.string().min(1).max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Must be a lower-case slug such as sam-altman.')

export const pageQuery = {
  limit: queryInt(1, 100, { description: 'Items per page, from 1 to 100.', default: 20, examples: [20] }).optional().default(20),
  cursor: z.string().max(512).optional()
    .meta({ description: 'The opaque `page.nextCursor` of the previous page; omit it for the first page.', examples: ['eyJzIjoicmVhZGluZy1vcmRlciIsImsiOlsiZGVlcHNlZWstcmVhY3Rpb25zIiwyMF19'] })
}

export const EntityRef = z.object({
  id: z.string().describe('Stable human-readable id (slug).'),
  name: z.string().describe('Canonical name.'),
  type: z.enum(ENTITY_TYPES).describe('What kind of entity it is.')
}).meta({ id: 'EntityRef', description: 'A short reference to an entity; fetch `/v1/entities/{id}` for the rest.', examples: [{ id: 'sam-altman', name: 'Sam Altman', type: 'person' }] })

export const PartialDate = {
  date: z.string().nullable().describe('ISO 8601 date written only as precisely as known: `2025`, `2025-01` or `2025-01-28`; null when unknown.'),
  precision: z.enum(DATE_PRECISIONS).nullable().describe('How precise `date` is; null when the date is unknown.')
}

export const ArticleRef = z.object({
  id: z.string().describe('Stable article id (slug).'),
  title: z.string().describe('The headline as printed.'),
  publishedDate: PartialDate.date,
  publishedDatePrecision: PartialDate.precision
}).meta({ id: 'ArticleRef', description: 'A short reference to an article; fetch `/v1/articles/{id}` for the rest.' })

export const Span = z.object({
  start: z.number().int().min(0).describe('Offset of the first character in the article body.'),
  end: z.number().int().min(0).describe('Offset just past the last character.')
}).meta({
  id: 'Span',
  description: 'Half-open character range [start, end) in the article body, in JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the text.'
})

const Page = z.object({
  limit: z.number().int().describe('The page size used.'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` to fetch the next page; null on the last page.')
}).meta({ id: 'Page' })

/** A documented 200 response: the description Swagger UI shows and the JSON body's schema. */
export const ok = <T extends z.ZodType>(schema: T, description: string) =>
  ({ description, content: { 'application/json': { schema } } })

/** Turns stored `spanStart`/`spanEnd` columns into the API's `span: { start, end }`. */
export const withSpan = <T extends { spanStart: number, spanEnd: number }>({ spanStart, spanEnd, ...rest }: T) =>
  ({ ...rest, span: { start: spanStart, end: spanEnd } })

/** The list envelope `{ data: [...], page: {...} }` around items of `item`. */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), page: Page }).meta({ id })

/** The single-resource envelope `{ data: {...} }`. */
export const one = <T extends z.ZodType>(item: T, id: string) => z.object({ data: item }).meta({ id })

/**
 * Keyset cursors: the sort they belong to and the sort key of the last item served, as
 * base64url JSON. A cursor from another list, another sort or a hand edit is a 400.
 */
export function encodeCursor (sort: string, key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url')
}

export function decodeCursor<K extends readonly (string | number | null)[]> (cursor: string, sort: string, key: z.ZodType<K>): K {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    parsed = undefined
  }
  const shape = z.object({ s: z.literal(sort), k: key }).safeParse(parsed)
  if (!shape.success) throw invalidField('query', 'cursor', 'Not a cursor this list issued; pass page.nextCursor unchanged.')
  return shape.data.k
}

/**
 * Cuts `rows` (fetched with limit + 1) to a page, sets the `Link: rel="next"` header, and
 * returns the envelope.
 */
export function sendPage<R, T> (
  request: FastifyRequest, reply: FastifyReply, rows: R[], limit: number, sort: string,
  keyOf: (row: R) => readonly (string | number | null)[], shape: (rows: R[]) => T[]
) {
  const pageRows = rows.slice(0, limit)
  const last = pageRows[pageRows.length - 1]
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(sort, keyOf(last)) : null
  if (nextCursor) {
    const url = new URL(request.url, 'http://placeholder')
    url.searchParams.set('cursor', nextCursor)
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  return { data: shape(pageRows), page: { limit, nextCursor } }
}
