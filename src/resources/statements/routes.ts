// Statement routes (HTTP only): the statement list with filters, one statement, and the page shaping the entity routes reuse.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { notFound, problemResponses } from '../../errors.js'
import { decodeCursor, ok, sendPage, withSpan } from '../shared.js'
import type { StatementListArgs, StatementQueries, StatementRow } from './queries.js'
import { STATEMENT_SORT, StatementList, StatementResponse, statementCursorKey, statementListQuery, statementParams, type Statement } from './schemas.js'

type StatementOut = z.infer<typeof Statement>

function toStatement (row: StatementRow, subjects: StatementOut['subjects']): StatementOut {
  return { ...withSpan(row), subjects }
}

/** Runs a statement list query for one page and returns the envelope (used by /statements and /entities/{id}/statements). */
export function statementPage (
  queries: StatementQueries, request: FastifyRequest, reply: FastifyReply,
  args: Omit<StatementListArgs, 'after' | 'limit'>, page: { limit: number, cursor?: string | undefined }
) {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, STATEMENT_SORT, statementCursorKey)
  const rows = queries.list({ ...args, after, limit: page.limit + 1 })
  return sendPage(request, reply, rows, page.limit, STATEMENT_SORT, (r) => [r.article.id, r.position], (pageRows) => {
    const subjects = queries.subjects(pageRows.map((r) => r.id))
    return pageRows.map((r) => toStatement(r, subjects.get(r.id) ?? []))
  })
}

export const statementRoutes: FastifyPluginAsyncZod<{ queries: StatementQueries }> = async (app, { queries }) => {
  app.get('/statements', {
    schema: {
      operationId: 'listStatements',
      tags: ['statements'],
      summary: 'List statements',
      description: 'Statements in reading order (article, then position), filtered by speaker, subject, article and kind. Filters combine with AND; an id that matches nothing gives an empty list.',
      querystring: statementListQuery,
      response: { 200: ok(StatementList, 'A page of statements.'), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, ...filters } = request.query
    return statementPage(queries, request, reply, filters, { limit, cursor })
  })

  app.get('/statements/:id', {
    schema: {
      operationId: 'getStatement',
      tags: ['statements'],
      summary: 'Get a statement',
      description: 'One statement with its speaker, subjects, article and exact span in the article body.',
      params: statementParams,
      response: { 200: ok(StatementResponse, 'The statement.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request) => {
    const row = queries.byId(request.params.id)
    if (!row) throw notFound('statement', request.params.id)
    return { data: toStatement(row, queries.subjects([row.id]).get(row.id) ?? []) }
  })
}
