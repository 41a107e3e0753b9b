// How a statement list and a statement read in the API, shared by the statement and entity routes: the row-to-item shape, its CSV columns, and the list answer.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { invalidField } from '../../errors.js'
import { highlight } from '../../search/snippets.js'
import { searchOrder } from '../../search/order.js'
import { respondList, type CsvColumn, type PageParams } from '../listing.js'
import type { StatementFilters, StatementRow, StatementSort, StatementStore } from './store.js'
import { statementCursorKey, type Statement } from './schemas.js'

type StatementOut = z.infer<typeof Statement>

/**
 * The API's statement from its row. Written out field by field rather than spread: a page maps
 * a hundred rows, and spreading each twice was a tenth of its time. A row read for some fields
 * only (`fields=`) leaves the others undefined, which the projection does not write.
 */
export function toStatement (row: StatementRow, subjects: StatementOut['subjects'], q?: string): StatementOut {
  const statement: StatementOut = {
    id: row.id,
    position: row.position,
    kind: row.kind,
    text: row.text,
    speakerLabel: row.speakerLabel,
    medium: row.medium,
    stance: row.stance,
    origin: row.origin,
    confidence: row.confidence,
    speaker: row.speaker,
    article: row.article,
    span: { start: row.spanStart, end: row.spanEnd },
    subjects
  }
  if (row.rank !== undefined && q !== undefined) statement.search = { score: -row.rank, snippet: highlight(row.text, q) }
  return statement
}

/** One statement as the API answers it, with its subjects; undefined when no statement has the id. */
export async function statementById (store: StatementStore, id: string, version?: number): Promise<StatementOut | undefined> {
  const row = await store.byId(id, version)
  return row && toStatement(row, (await store.subjects([row.id], version)).get(row.id) ?? [])
}

export const STATEMENT_CSV: CsvColumn<StatementOut>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'articleId', field: 'article', value: (s) => s.article.id },
  { header: 'articleDate', field: 'article', value: (s) => s.article.publishedDate },
  { header: 'position', value: (s) => s.position },
  // Empty for an unresolved speaker; speakerLabel still has the text's words.
  { header: 'speakerId', field: 'speaker', value: (s) => s.speaker?.id ?? null },
  { header: 'speakerName', field: 'speaker', value: (s) => s.speaker?.name ?? null },
  { header: 'speakerLabel', value: (s) => s.speakerLabel },
  { header: 'kind', value: (s) => s.kind },
  { header: 'medium', value: (s) => s.medium },
  { header: 'subjects', value: (s) => s.subjects.map((e) => e.id).join('; ') },
  { header: 'text', value: (s) => s.text },
  { header: 'spanStart', field: 'span', value: (s) => s.span.start },
  { header: 'spanEnd', field: 'span', value: (s) => s.span.end }
]

export const STATEMENT_CSV_EXAMPLE = 'id,articleId,articleDate,position,speakerId,speakerName,speakerLabel,kind,medium,subjects,text,spanStart,spanEnd\r\n' +
  'st_3cb385ac7a05,deepseek-reactions,2025,27,elon-musk,Elon Musk,Musk,quote,x_post,deepseek; marc-benioff,"Lmao, non",5038,5047\r\n'

/**
 * Answers a statement list (used by /statements and /entities/{id}/statements): applies the
 * sort's default, and pages, counts or exports.
 */
export function respondStatements (
  store: StatementStore, request: FastifyRequest, reply: FastifyReply,
  query: StatementFilters & { sort?: StatementSort | undefined }, page: PageParams, ensureOwner?: () => Promise<void>
) {
  const { sort: requested, ...filters } = query
  const { minConfidence: min, maxConfidence: max } = filters
  // An empty range is a mistake (swapped bounds), not a question whose answer is nothing.
  if (min !== undefined && max !== undefined && min > max) throw invalidField('query', 'minConfidence', `Must not be more than maxConfidence (${max}).`)
  const sort = searchOrder<StatementSort>(filters.q, requested, '-date')
  const args = { ...filters, sort }
  // A page is read at the version its ETag names; an export reads for longer than a version may
  // last, so each of its batches reads the version afresh.
  const versionFor = (exporting: boolean) => (exporting ? undefined : request.contentVersion)
  return respondList(request, reply, {
    sort,
    key: statementCursorKey[sort] as z.ZodType<(string | number)[]>,
    fetch: (after, limit, exporting) => store.list({ ...args, after, limit, fields: page.fields?.names, version: versionFor(exporting) }),
    keyOf: (row) => store.keyOf(row, sort),
    shape: async (rows, wants, exporting) => {
      // Subjects take a second query, and a snippet most of a search's time: only when asked for.
      const subjects = wants('subjects') ? await store.subjects(rows.map((r) => r.id), versionFor(exporting)) : undefined
      const q = wants('search') ? filters.q : undefined
      return rows.map((r) => toStatement(r, subjects?.get(r.id) ?? [], q))
    },
    count: () => store.count(args),
    csv: STATEMENT_CSV,
    ensureOwner
  }, page)
}
