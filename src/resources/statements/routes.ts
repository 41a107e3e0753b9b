// Statement routes (HTTP only): the statement list with its filters, sorts, search and exports, one statement, and the keyed writes: add, correct and delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { conflict, invalidField, notFound, problemResponses } from '../../errors.js'
import { noQuery } from '../contract.js'
import type { EntityStore } from '../entities/store.js'
import { AUTH_ERRORS, KEYED_SECURITY, type Keyed } from '../keyed.js'
import { created, ok, okList } from '../responses.js'
import type { StatementStore } from './store.js'
import { StatementCreate, StatementList, StatementPatch, StatementResponse, statementListQuery, statementParams } from './schemas.js'
import { STATEMENT_CSV_EXAMPLE, respondStatements, statementById } from './view.js'

export const statementRoutes: FastifyPluginAsyncZod<{ store: StatementStore, entities: EntityStore, keyed: Keyed }> = async (app, { store, entities, keyed }) => {
  /** A 400 naming the field unless the speaker and every subject a write names exist. */
  const requireEntities = async (body: { speaker?: string | undefined, subjects?: string[] | undefined }) => {
    const unknown = await entities.missing([...(body.speaker ? [body.speaker] : []), ...(body.subjects ?? [])])
    if (unknown.length === 0) return
    const field = body.speaker && unknown.includes(body.speaker) ? 'speaker' : 'subjects'
    throw invalidField('body', field, `No entity has the id ${JSON.stringify(unknown[0])}.`)
  }

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
    const { limit, cursor, count, fields, ...query } = request.query
    return respondStatements(store, request, reply, query, { limit, cursor, count, fields })
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
    const statement = await statementById(store, request.params.id, request.contentVersion)
    if (!statement) throw notFound('statement', request.params.id)
    return { data: statement }
  })

  app.patch('/statements/:id', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'updateStatement',
      tags: ['statements'],
      summary: 'Correct a statement',
      description: 'Changes the speaker, kind, subjects, stance or span of a statement; it becomes `origin: "curated"` with confidence 1. Entities must exist. A new span is read from the article body, so the text always equals `body.slice(span.start, span.end)`.',
      security: KEYED_SECURITY,
      params: statementParams,
      querystring: noQuery,
      body: StatementPatch,
      response: { 200: ok(StatementResponse, 'The corrected statement.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 409, 414, 415, 500, 503, 507) }
    }
  }, async (request) => {
    const { id } = request.params
    await requireEntities(request.body)
    const result = await store.update(id, request.body, request.keyId!)
    if (result === 'no-statement') throw notFound('statement', id)
    if (result !== 'updated') throw invalidField('body', 'span', result.badSpan)
    return { data: (await statementById(store, id))! }
  })

  app.post('/statements', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'createStatement',
      tags: ['statements'],
      summary: 'Add a statement',
      description: 'Adds a statement the extractor missed, as `origin: "curated"` with confidence 1. Send where it is (`article` and `span`), never its words: the server reads them from the article body at the span, trimmed of whitespace at either end. The speaker and subjects must exist. The same speaker, kind and words twice in one article is a 409.',
      security: KEYED_SECURITY,
      querystring: noQuery,
      body: StatementCreate,
      response: { 201: created(StatementResponse, 'The new statement.'), ...problemResponses(400, ...AUTH_ERRORS, 409, 413, 415, 500, 503, 507) }
    }
  }, async (request, reply) => {
    await requireEntities(request.body)
    const result = await store.create(request.body, request.keyId!)
    if ('noArticle' in result) throw invalidField('body', 'article', `No article has the id ${JSON.stringify(request.body.article)}.`)
    if ('noSpeaker' in result) throw invalidField('body', 'speaker', `No entity has the id ${JSON.stringify(request.body.speaker)}.`)
    if ('badSpan' in result) throw invalidField('body', 'span', result.badSpan)
    if ('conflict' in result) throw conflict(`The article already has this statement by this speaker: /v1/statements/${result.conflict}.`)
    reply.code(201).header('location', `/v1/statements/${result.id}`)
    return { data: (await statementById(store, result.id))! }
  })

  app.delete('/statements/:id', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'deleteStatement',
      tags: ['statements'],
      summary: 'Delete a statement',
      description: 'Removes one statement (an extraction error, say) and its subjects.',
      security: KEYED_SECURITY,
      params: statementParams,
      querystring: noQuery,
      response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 500, 503, 507) }
    }
  }, async (request, reply) => {
    if (!await store.delete(request.params.id, request.keyId!)) throw notFound('statement', request.params.id)
    return reply.code(204).send()
  })
}
