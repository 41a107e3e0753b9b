// Write routes (HTTP only): ingest and delete articles, correct and delete statements, read the audit log; every one needs an API key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireKey, type FailureGuard, type KeyRing } from '../auth.js'
import { invalidField, notFound, problemResponses, ProblemError } from '../errors.js'
import { ExtractionBusy, ExtractionTimeout } from '../extract/pool.js'
import { articleParams, ArticleCreated, ArticleInput } from './articles/schemas.js'
import type { ArticleQueries } from './articles/queries.js'
import type { ArticleInput as IngestInput, Ingested } from './articles/ingest.js'
import { AuditList, auditCursorKey, auditQuery } from './audit/schemas.js'
import type { AuditQueries } from './audit/queries.js'
import { respondList } from './listing.js'
import { noQuery, ok, okList } from './shared.js'
import type { StatementChanges } from './statements/curation.js'
import type { StatementQueries } from './statements/queries.js'
import { StatementPatch, StatementResponse, statementParams } from './statements/schemas.js'
import { statementById } from './statements/routes.js'

/** The writes, bound to the database by buildApp, so these routes hold no SQL. */
export interface Writes {
  ingest: (input: IngestInput, keyId: string) => Promise<Ingested>
  deleteArticle: (id: string, keyId: string) => boolean
  updateStatement: (id: string, changes: StatementChanges, keyId: string) => boolean
  deleteStatement: (id: string, keyId: string) => boolean
  unknownEntities: (ids: string[]) => string[]
}

interface Options {
  ring: KeyRing
  /** Counts failed authentications per client, on every keyed route. */
  guard: FailureGuard
  writes: Writes
  queries: { articles: ArticleQueries, statements: StatementQueries, audit: AuditQueries }
  /** Writes a key may make per window (0: no write limit). */
  writeLimit: { max: number, timeWindow: number }
}

const AUDIT_CSV_EXAMPLE = 'seq,at,keyId,operation,target,detail\r\n' +
  '1,2026-11-29T10:00:00.000Z,editor,statement.update,/v1/statements/st_593468df5bcd,"{""stance"":""positive""}"\r\n'

const AUTH_ERRORS = [401, 403, 429] as const

/** Why an article could not be extracted, as the client should act on it: change the text (422) or retry later (503). */
function extractionProblem (err: unknown, reply: { header: (name: string, value: string) => unknown }): unknown {
  if (err instanceof ExtractionTimeout) {
    return new ProblemError(422, 'extraction_timeout', `Extracting this article took longer than its ${err.timeoutMs / 1000} s budget, so nothing was written. Split it into smaller articles.`)
  }
  if (err instanceof ExtractionBusy) {
    reply.header('retry-after', '5')
    return new ProblemError(503, 'extraction_busy', 'Every extraction worker is busy and the queue is full, so nothing was written. Retry after the number of seconds in Retry-After.')
  }
  return err
}
const security = [{ bearerAuth: [] }]

export const writeRoutes: FastifyPluginAsyncZod<Options> = async (app, { ring, guard, writes, queries, writeLimit }) => {
  const authenticated = requireKey(ring, guard)
  // A stricter budget per key for writes (the key identified from the header, as the limit runs before authentication).
  const config = writeLimit.max > 0
    ? { rateLimit: { max: writeLimit.max, timeWindow: writeLimit.timeWindow, keyGenerator: (request: { headers: { authorization?: string }, ip: string }) => ring.identify(/^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1] ?? '') ?? request.ip } }
    : {}

  app.post('/articles', {
    config,
    onRequest: authenticated,
    schema: {
      operationId: 'createArticle',
      tags: ['articles'],
      summary: 'Ingest an article',
      description: 'Adds an article and extracts its statements (speaker, kind, subjects, span), the entities it names and its market figures, all written in one transaction and served at once, marked `origin: "extracted"` with a confidence. Posting the same language, title and body again answers 200 with the existing article and changes nothing. List what was extracted with `GET /v1/statements?article=` and `GET /v1/market-events?article=`.',
      security,
      querystring: noQuery,
      body: ArticleInput,
      response: {
        201: { ...ok(ArticleCreated, 'The article was created; `Location` gives its URL.'), headers: { Location: { description: 'The new article.', schema: { type: 'string' } } } },
        200: ok(ArticleCreated, 'The same content was already there: the existing article, unchanged.'),
        ...problemResponses(400, ...AUTH_ERRORS, 413, 415, 422, 500, 503, 507)
      }
    }
  }, async (request, reply) => {
    const { id, created } = await writes.ingest(request.body, request.keyId!).catch((err: unknown) => { throw extractionProblem(err, reply) })
    const article = queries.articles.byId(id)!
    const { dateKey: _dateKey, seq: _seq, body: _body, photoCaption: _caption, ...summary } = article
    reply.code(created ? 201 : 200).header('location', `/v1/articles/${id}`)
    return { data: summary }
  })

  app.delete('/articles/:id', {
    config,
    onRequest: authenticated,
    schema: {
      operationId: 'deleteArticle',
      tags: ['articles'],
      summary: 'Delete an article',
      description: 'Removes the article and everything that hangs off it: its statements, mentions, market events, terms and the affiliations it is the evidence for.',
      security,
      params: articleParams,
      querystring: noQuery,
      response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 500, 503, 507) }
    }
  }, async (request, reply) => {
    if (!writes.deleteArticle(request.params.id, request.keyId!)) throw notFound('article', request.params.id)
    return reply.code(204).send()
  })

  app.patch('/statements/:id', {
    config,
    onRequest: authenticated,
    schema: {
      operationId: 'updateStatement',
      tags: ['statements'],
      summary: 'Correct a statement',
      description: 'Changes the speaker, kind, subjects or stance of a statement; it becomes `origin: "curated"` with confidence 1. Entities must exist.',
      security,
      params: statementParams,
      querystring: noQuery,
      body: StatementPatch,
      response: { 200: ok(StatementResponse, 'The corrected statement.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 415, 500, 503, 507) }
    }
  }, async (request) => {
    const { id } = request.params
    const unknown = writes.unknownEntities([...(request.body.speaker ? [request.body.speaker] : []), ...(request.body.subjects ?? [])])
    if (unknown.length > 0) {
      const field = request.body.speaker && unknown.includes(request.body.speaker) ? 'speaker' : 'subjects'
      throw invalidField('body', field, `No entity has the id ${JSON.stringify(unknown[0])}.`)
    }
    if (!writes.updateStatement(id, request.body, request.keyId!)) throw notFound('statement', id)
    return { data: statementById(queries.statements, id)! }
  })

  app.delete('/statements/:id', {
    config,
    onRequest: authenticated,
    schema: {
      operationId: 'deleteStatement',
      tags: ['statements'],
      summary: 'Delete a statement',
      description: 'Removes one statement (an extraction error, say) and its subjects.',
      security,
      params: statementParams,
      querystring: noQuery,
      response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 500, 503, 507) }
    }
  }, async (request, reply) => {
    if (!writes.deleteStatement(request.params.id, request.keyId!)) throw notFound('statement', request.params.id)
    return reply.code(204).send()
  })

  app.get('/audit', {
    onRequest: authenticated,
    schema: {
      operationId: 'listAudit',
      tags: ['audit'],
      summary: 'Read the write log',
      description: 'Every write made through the API, newest first: which key (by id), when, what, on which resource. Needs an API key.',
      security,
      querystring: auditQuery,
      response: { 200: okList(AuditList, 'A page of the write log (or all of it, as CSV or NDJSON).', AUDIT_CSV_EXAMPLE), ...problemResponses(400, ...AUTH_ERRORS, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count } = request.query
    return respondList(request, reply, {
      sort: 'newest',
      key: auditCursorKey,
      fetch: (after, n) => queries.audit.list(after?.[0], n),
      keyOf: (row) => [row.seq] as [number],
      shape: (rows) => rows as z.infer<typeof AuditList>['data'],
      count: () => queries.audit.count(),
      csv: (['seq', 'at', 'keyId', 'operation', 'target', 'detail'] as const).map((field) => ({ header: field, value: (entry: z.infer<typeof AuditList>['data'][number]) => entry[field] }))
    }, { limit, cursor, count })
  })
}
