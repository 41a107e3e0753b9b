// Entity routes (HTTP only): list, one entity, and an entity's statements and market events.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { notFound, problemResponses } from '../../errors.js'
import { marketEventPage } from '../market-events/routes.js'
import type { MarketEventQueries } from '../market-events/queries.js'
import { MarketEventList, marketEventPageQuery } from '../market-events/schemas.js'
import type { StatementQueries } from '../statements/queries.js'
import { statementPage } from '../statements/routes.js'
import { StatementList } from '../statements/schemas.js'
import { decodeCursor, ok, sendPage } from '../shared.js'
import type { EntityQueries, EntityRow } from './queries.js'
import { ENTITY_SORT, EntityList, EntityResponse, entityCursorKey, entityListQuery, entityParams, entityStatementsQuery } from './schemas.js'

interface Options {
  queries: { entities: EntityQueries, statements: StatementQueries, marketEvents: MarketEventQueries }
}

const withAliases = (row: EntityRow, aliases: Map<string, string[]>) => ({ ...row, aliases: aliases.get(row.id) ?? [] })

export const entityRoutes: FastifyPluginAsyncZod<Options> = async (app, { queries }) => {
  const q = queries.entities

  /** 404s unless the entity exists, so an unknown id in the path is never an empty list. */
  const requireEntity = (id: string) => {
    if (!q.exists(id)) throw notFound('entity', id)
  }

  app.get('/entities', {
    schema: {
      operationId: 'listEntities',
      tags: ['entities'],
      summary: 'List entities',
      description: 'People, organizations, products, platforms and concepts, sorted by name, with how often each speaks, is spoken about and is mentioned. Filter by `type`, or search names and aliases with `q`.',
      querystring: entityListQuery,
      response: { 200: ok(EntityList, 'A page of entities.'), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, type, q: text } = request.query
    const after = cursor === undefined ? undefined : decodeCursor(cursor, ENTITY_SORT, entityCursorKey)
    const rows = q.list({ type, q: text, after, limit: limit + 1 })
    return sendPage(request, reply, rows, limit, ENTITY_SORT, (r) => [r.name, r.id], (pageRows) => {
      const aliases = q.aliases(pageRows.map((r) => r.id))
      return pageRows.map((r) => withAliases(r, aliases))
    })
  })

  app.get('/entities/:id', {
    schema: {
      operationId: 'getEntity',
      tags: ['entities'],
      summary: 'Get an entity',
      description: 'One entity with its aliases, its affiliations in both directions (each with the passage that supports it) and its statement and mention counts.',
      params: entityParams,
      response: { 200: ok(EntityResponse, 'The entity.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request) => {
    const row = q.byId(request.params.id)
    if (!row) throw notFound('entity', request.params.id)
    const affiliations = q.affiliations(row.id).map(({ articleId, evidence, spanStart, spanEnd, ...rest }) => ({
      ...rest, evidence: { articleId, text: evidence, span: { start: spanStart, end: spanEnd } }
    }))
    return { data: { ...withAliases(row, q.aliases([row.id])), affiliations } }
  })

  app.get('/entities/:id/statements', {
    schema: {
      operationId: 'listEntityStatements',
      tags: ['entities', 'statements'],
      summary: "List an entity's statements",
      description: 'Statements the entity made (`role=speaker`), statements about it (`role=subject`), or both (`role=any`, the default), in reading order.',
      params: entityParams,
      querystring: entityStatementsQuery,
      response: { 200: ok(StatementList, 'A page of statements.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request, reply) => {
    requireEntity(request.params.id)
    const { role, limit, cursor } = request.query
    return statementPage(queries.statements, request, reply, { entity: { id: request.params.id, role } }, { limit, cursor })
  })

  app.get('/entities/:id/market-events', {
    schema: {
      operationId: 'listEntityMarketEvents',
      tags: ['entities', 'market-events'],
      summary: "List an entity's market events",
      description: 'Share-price and market-value moves of the entity that articles report, in reading order.',
      params: entityParams,
      querystring: marketEventPageQuery,
      response: { 200: ok(MarketEventList, 'A page of market events.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request, reply) => {
    requireEntity(request.params.id)
    return marketEventPage(queries.marketEvents, request, reply, { entity: request.params.id }, request.query)
  })
}
