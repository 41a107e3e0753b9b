// The API's shared contract pieces: query-string primitives, id and page parameters, text rules, reference shapes and the list and single envelopes, as zod schemas.
import { z } from 'zod'
import { DATE_PRECISIONS, ENTITY_TYPES, ORIGINS } from '../db/schema.js'
import { MAX, int32, str } from '../limits.js'

/**
 * A query-string integer: digits only (no "1e1", no " 5"), then range-checked. `meta` sits on
 * the inner number so the OpenAPI document shows it.
 */
export function queryInt (min: number, max: number, meta: { description: string, default?: number, examples?: number[] }) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : v),
    z.number({ error: `Must be a whole number from ${min} to ${max}.` }).int().min(min).max(max).meta({ ...meta, format: 'int32' })
  )
}

/** A slug on `base`, a string schema that may carry its own error messages. */
export const slugOf = (base: z.ZodString) => base.min(1).max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Must be a lower-case slug such as sam-altman.')

export const Slug = slugOf(z.string())

/**
 * A query-string decimal: digits with an optional fraction (no exponent, no spaces, no hex), then
 * range-checked, both bounds included. As with queryInt, `meta` sits on the inner number.
 */
export function queryNumber (min: number, max: number, meta: { description: string, examples?: number[] }) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^-?(\d{1,16}(\.\d{0,16})?|\.\d{1,16})$/.test(v) ? Number(v) : v),
    z.number({ error: `Must be a number from ${min} to ${max}.` }).min(min, `Must be a number from ${min} to ${max}.`).max(max, `Must be a number from ${min} to ${max}.`).meta(meta)
  )
}

/** A query-string boolean that may be left out: `true`, `false` or absent (undefined). */
export const queryFlag = ({ examples, ...meta }: { description: string, examples: ('true' | 'false')[] }) =>
  // The examples go on the input enum, the side the OpenAPI document shows.
  z.enum(['true', 'false']).meta({ examples }).optional().transform((v) => (v === undefined ? undefined : v === 'true')).meta(meta)

/** The query of an operation that takes no parameters: any parameter is a typo worth a 400. */
export const noQuery = z.strictObject({})

export const pageQuery = {
  limit: queryInt(1, 100, { description: 'Items per page, from 1 to 100. Ignored by CSV and NDJSON exports, which stream every item.', default: 20, examples: [20] }).optional().default(20),
  cursor: z.string().max(512).optional()
    .meta({ description: 'The opaque `page.nextCursor` of the previous page; omit it for the first page. A cursor only resumes the list and sort that issued it.', examples: ['eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0'] }),
  count: z.enum(['true', 'false']).optional().transform((v) => v === 'true')
    .meta({ description: 'With `true`, the response adds `page.total` and the `X-Total-Count` header: how many items match, whatever the page.', examples: ['true'] })
}

/**
 * Full-text query: words match accent- and case-blind, as prefixes, singular or plural. A search
 * ranks at most the 2,000 most recent matches (500 when it is made of stopwords only).
 */
export const searchText = z.string().min(1).max(500, 'Must be at most 500 characters.')

/** A `sort` parameter: one of `values`, `-field` meaning descending. Its default may depend on other parameters, so the route applies it. */
export const sortParam = <const V extends readonly [string, ...string[]]> (values: V, description: string) =>
  z.enum(values).optional().meta({ description, examples: [values[0]] })

// C0 controls but tab and line feed, DEL and C1: invisible in a title or a name, and a NUL in one made the id "entite-…".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u
// With the u flag a surrogate matches only when it stands alone: a pair is one code point.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u
const WELL_FORMED = 'Must be well-formed Unicode text: a lone surrogate (\\ud800 without its pair) cannot be stored exactly, so every span after it would shift.'

/** Free text (an article body): well-formed UTF-16, so that SQLite stores exactly what the spans index. */
export const bodyText = (max: number, tooLong: string) => z.string().min(1).max(max, tooLong)
  .refine((value) => !LONE_SURROGATE.test(value), WELL_FORMED)
  .refine((value) => !value.includes('\u0000'), 'Must not contain NUL characters.')

/** A title or a name: free text, trimmed, without control characters other than tab and line feed. */
export const lineText = (max: number) => z.string().trim().min(1).max(max)
  .refine((value) => !LONE_SURROGATE.test(value), WELL_FORMED)
  .refine((value) => !CONTROL.test(value), 'Must not contain control characters other than tab and line feed.')

/**
 * Whether an ISO 8601 date or timestamp the patterns accept names a real moment: a day its month
 * has (2025-02-29 does not exist, 2024-02-29 does), a time of day, and an offset within ±14:00.
 */
export function realDateTime (value: string): boolean {
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?)?)?$/.exec(value) ?? []
  if (year === undefined) return false
  if (day !== undefined && Number(day) > new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()) return false
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) return false
  if (offsetHours !== undefined && Number(offsetHours) * 60 + Number(offsetMinutes) > 14 * 60) return false
  return offsetMinutes === undefined || Number(offsetMinutes) < 60
}

/** An ISO 8601 date of any precision (2025, 2025-01, 2025-01-28), and a real one. */
export const isoDate = z.string().max(10).regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Must be an ISO 8601 date: 2025, 2025-01 or 2025-01-28.')
  .refine(realDateTime, 'Must be a day that exists, such as 2025-02-28 (2025-02-29 does not).')

export const EntityRef = z.object({
  id: str(MAX.id).describe('Stable human-readable id (slug).'),
  name: str(MAX.name).describe('Canonical name.'),
  type: z.enum(ENTITY_TYPES).describe('What kind of entity it is.')
}).meta({ id: 'EntityRef', description: 'A short reference to an entity; fetch `/v1/entities/{id}` for the rest.', examples: [{ id: 'sam-altman', name: 'Sam Altman', type: 'person' }] })

export const PartialDate = {
  date: z.string().max(10).nullable().describe('ISO 8601 date written only as precisely as known: `2025`, `2025-01` or `2025-01-28`; null when unknown.'),
  precision: z.enum(DATE_PRECISIONS).nullable().describe('How precise `date` is; null when the date is unknown.')
}

export const ArticleRef = z.object({
  id: str(MAX.id).describe('Stable article id (slug).'),
  title: str(MAX.text).describe('The headline as printed.'),
  publishedDate: PartialDate.date,
  publishedDatePrecision: PartialDate.precision
}).meta({ id: 'ArticleRef', description: 'A short reference to an article; fetch `/v1/articles/{id}` for the rest.' })

export const Span = z.object({
  start: int32().describe('Offset of the first character in the article body.'),
  end: int32().describe('Offset just past the last character.')
}).meta({
  id: 'Span',
  description: 'Half-open character range [start, end) in the article body, in JavaScript string indices (UTF-16 code units), so `body.slice(start, end)` is the text.'
})

const Page = z.object({
  limit: int32(1, 100).describe('The page size used.'),
  nextCursor: str(512).nullable().describe('Pass as `cursor` to fetch the next page; null on the last page.'),
  total: int32().optional().describe('How many items match, whatever the page; only with `count=true`.'),
  totalIsLowerBound: z.literal(true).optional().describe('Present when a search has more matches than it ranks (the 2,000 most recent; 500 for a search of stopwords only): `total` then counts those it ranks.')
}).meta({ id: 'Page' })


/** Turns stored `spanStart`/`spanEnd` columns into the API's `span: { start, end }`. */
export const withSpan = <T extends { spanStart: number, spanEnd: number }>({ spanStart, spanEnd, ...rest }: T) =>
  ({ ...rest, span: { start: spanStart, end: spanEnd } })

/** The list envelope `{ data: [...], page: {...} }` around items of `item`. */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item).max(100), page: Page }).meta({ id })

/** The single-resource envelope `{ data: {...} }`. */
export const one = <T extends z.ZodType>(item: T, id: string) => z.object({ data: item }).meta({ id })

/** Where an item comes from: curated by an editor, or extracted by the service. */
export const Provenance = {
  origin: z.enum(ORIGINS).describe('`curated`: annotated or corrected by an editor; `extracted`: found by the extractor in an ingested article.'),
  confidence: z.number().min(0).max(1).describe('How sure the extractor is, from 0 to 1; 1 for curated items.')
}

/** Search relevance shown on full-text results. */
export const SearchMatch = z.object({
  score: z.number().describe('Relevance (negated BM25): higher is a better match. Comparable within one query only.'),
  snippet: str(MAX.text).describe('The best-matching passage, HTML-escaped, with matched words in <mark>…</mark>.')
}).meta({ id: 'SearchMatch', description: 'Present only when the list is a full-text search (`q`).' })
