// Statement routes (HTTP only): the statement list with its filters, sorts, search and exports, and one statement.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { invalidField, notFound, problemResponses } from '../../errors.js'
import { respondList, type CsvColumn, type PageParams } from '../listing.js'
import { highlight, noQuery, ok, okList, searchOrder, withSpan } from '../shared.js'
import type { StatementFilters, StatementQueries, StatementRow, StatementSort } from './queries.js'
import { StatementList, StatementResponse, statementCursorKey, statementListQuery, statementParams, type Statement } from './schemas.js'

type StatementOut = z.infer<typeof Statement>

export function toStatement (row: StatementRow, subjects: StatementOut['subjects'], q?: string): StatementOut {
  const { seq: _seq, articleDate: _date, rank, ...rest } = row
  return {
    ...withSpan(rest),
    subjects,
    ...(rank === undefined || q === undefined ? {} : { search: { score: -rank, snippet: highlight(row.text, q) } })
  }
}

/** One statement as the API answers it, with its subjects; undefined when no statement has the id. */
export function statementById (queries: StatementQueries, id: string): StatementOut | undefined {
  const row = queries.byId(id)
  return row && toStatement(row, queries.subjects([row.id]).get(row.id) ?? [])
}

export const STATEMENT_CSV: CsvColumn<StatementOut>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'articleId', value: (s) => s.article.id },
  { header: 'articleDate', value: (s) => s.article.publishedDate },
  { header: 'position', value: (s) => s.position },
  // Empty for an unresolved speaker; speakerLabel still has the text's words.
  { header: 'speakerId', value: (s) => s.speaker?.id ?? null },
  { header: 'speakerName', value: (s) => s.speaker?.name ?? null },
  { header: 'speakerLabel', value: (s) => s.speakerLabel },
  { header: 'kind', value: (s) => s.kind },
  { header: 'medium', value: (s) => s.medium },
  { header: 'subjects', value: (s) => s.subjects.map((e) => e.id).join('; ') },
  { header: 'text', value: (s) => s.text },
  { header: 'spanStart', value: (s) => s.span.start },
  { header: 'spanEnd', value: (s) => s.span.end }
]

export const STATEMENT_CSV_EXAMPLE = 'id,articleId,articleDate,position,speakerId,speakerName,speakerLabel,kind,medium,subjects,text,spanStart,spanEnd\r\n' +
  'st_3cb385ac7a05,deepseek-reactions,2025,27,elon-musk,Elon Musk,Musk,quote,x_post,deepseek; marc-benioff,"Lmao, non",5038,5047\r\n'

/**
 * Answers a statement list (used by /statements and /entities/{id}/statements): applies the
 * sort's default, turns `q` into a full-text query, and pages, counts or exports.
 */
export function respondStatements (
  queries: StatementQueries, request: FastifyRequest, reply: FastifyReply,
  query: Omit<StatementFilters, 'match'> & { q?: string | undefined, sort?: StatementSort | undefined }, page: PageParams
) {
  const { q, sort: requested, ...filters } = query
  const { minConfidence: min, maxConfidence: max } = filters
  // An empty range is a mistake (swapped bounds), not a question whose answer is nothing.
  if (min !== undefined && max !== undefined && min > max) throw invalidField('query', 'minConfidence', `Must not be more than maxConfidence (${max}).`)
  const { sort, match, matchesNothing: empty } = searchOrder<StatementSort>(q, requested, '-date')
  const args = { ...filters, match, sort }
  return respondList(request, reply, {
    sort,
    key: statementCursorKey[sort] as z.ZodType<(string | number)[]>,
    fetch: (after, limit) => (empty ? [] : queries.list({ ...args, after, limit })),
    keyOf: (row) => queries.keyOf(row, sort),
    shape: (rows) => {
      const subjects = queries.subjects(rows.map((r) => r.id))
      return rows.map((r) => toStatement(r, subjects.get(r.id) ?? [], q))
    },
    count: () => (empty ? 0 : queries.count(args)),
    csv: STATEMENT_CSV
  }, page)
}

export const statementRoutes: FastifyPluginAsyncZod<{ queries: StatementQueries }> = async (app, { queries }) => {
  app.get('/statements', {
    schema: {
      operationId: 'listStatements',
      tags: ['statements'],
      summary: 'List and search statements',
      description: 'Statements filtered by speaker, subject, either role, article, kind, medium, article date, origin, confidence and whether the speaker is resolved, and searched in full text with `q` (relevance-ranked, with a highlighted snippet per hit). Filters combine with AND; an id that matches nothing gives an empty list. Sorted newest article first by default. To review what the extractor doubted: `origin=extracted&maxConfidence=0.5`, or `hasSpeaker=false` for the statements it could not attribute. Send `Accept: text/csv` or `application/x-ndjson` to export every match.',
      querystring: statementListQuery,
      response: { 200: okList(StatementList, 'A page of statements (or every match, as CSV or NDJSON).', STATEMENT_CSV_EXAMPLE), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, ...query } = request.query
    return respondStatements(queries, request, reply, query, { limit, cursor, count })
  })

  app.get('/statements/:id', {
    schema: {
      operationId: 'getStatement',
      tags: ['statements'],
      summary: 'Get a statement',
      description: 'One statement with its speaker, subjects, article and exact span in the article body.',
      params: statementParams,
      querystring: noQuery,
      response: { 200: ok(StatementResponse, 'The statement.'), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request) => {
    const statement = statementById(queries, request.params.id)
    if (!statement) throw notFound('statement', request.params.id)
    return { data: statement }
  })
}
