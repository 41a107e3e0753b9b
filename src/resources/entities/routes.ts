// Entity routes (HTTP only): list and autocomplete, one entity, and an entity's statements and market events.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { notFound, problemResponses } from '../../errors.js'
import { searchOrder } from '../../search/order.js'
import { matchedSpelling } from '../../search/spelling.js'
import { noQuery } from '../contract.js'
import { respondList, type CsvColumn } from '../listing.js'
import { MarketEventList, marketEventPageQuery } from '../market-events/schemas.js'
import type { MarketEventStore } from '../market-events/store.js'
import { MARKET_EVENT_CSV_EXAMPLE, respondMarketEvents } from '../market-events/view.js'
import { ok, okList } from '../responses.js'
import { StatementList } from '../statements/schemas.js'
import type { StatementStore } from '../statements/store.js'
import { STATEMENT_CSV_EXAMPLE, respondStatements } from '../statements/view.js'
import type { EntityStore, EntityRow, EntitySort } from './store.js'
import { EntityList, EntityResponse, entityCursorKey, entityListQuery, entityParams, entityStatementsQuery, type Entity } from './schemas.js'

interface Options {
  store: EntityStore
  /** An entity's statements and market events are those resources' lists, filtered. */
  statements: StatementStore
  marketEvents: MarketEventStore
}

type EntityOut = z.infer<typeof Entity>

const ENTITY_CSV: CsvColumn<EntityOut>[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'name', value: (e) => e.name },
  { header: 'type', value: (e) => e.type },
  { header: 'description', value: (e) => e.description },
  { header: 'aliases', value: (e) => e.aliases.join('; ') },
  { header: 'statementCount', value: (e) => e.statementCount },
  { header: 'subjectCount', value: (e) => e.subjectCount },
  { header: 'mentionCount', value: (e) => e.mentionCount }
]

const CSV_EXAMPLE = 'id,name,type,description,aliases,statementCount,subjectCount,mentionCount\r\n' +
  'elon-musk,Elon Musk,person,"Entrepreneur, founder of xAI and owner of X.",Elon Musk; Musk,4,0,5\r\n'

export const entityRoutes: FastifyPluginAsyncZod<Options> = async (app, { store, statements, marketEvents }) => {
  const toEntity = (row: EntityRow, aliases: string[], search: string | undefined): EntityOut => {
    const { seq: _seq, rank: _rank, ...rest } = row
    return { ...rest, aliases, ...(search === undefined ? {} : { match: matchedSpelling(row.name, aliases, search) }) }
  }

  /**
   * 404s unless the entity exists, so an unknown id in the path is never an empty list. Its
   * lists ask only when they find nothing (or before an export): a row proves the entity is there.
   */
  const requireEntity = (id: string) => async () => {
    if (!await store.exists(id)) throw notFound('entity', id)
  }

  app.get('/entities', {
    schema: {
      operationId: 'listEntities',
      tags: ['entities'],
      summary: 'List, sort and autocomplete entities',
      description: 'People, organizations, products, platforms and concepts, with how often each speaks, is spoken about and is mentioned. Filter by `type`; search names and aliases with `q` (each hit says which spelling matched); sort by name or by any count (`sort=-statementCount` for the most quoted). Send `Accept: text/csv` or `application/x-ndjson` to export every match.',
      querystring: entityListQuery,
      response: { 200: okList(EntityList, 'A page of entities (or every match, as CSV or NDJSON).', CSV_EXAMPLE), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, fields, type, q: search, sort: requested } = request.query
    const sort = searchOrder<EntitySort>(search, requested, 'name')
    return respondList(request, reply, {
      sort,
      key: entityCursorKey(sort) as z.ZodType<(string | number)[]>,
      fetch: (after, n) => store.list({ type, q: search, sort, after, limit: n }),
      keyOf: (row) => store.keyOf(row, sort),
      shape: async (rows, wants) => {
        // The spelling that matched is found among the aliases: their query serves either field.
        const aliases = wants('aliases') || wants('match') ? await store.aliases(rows.map((r) => r.id)) : undefined
        return rows.map((r) => toEntity(r, aliases?.get(r.id) ?? [], wants('match') ? search : undefined))
      },
      count: () => store.count({ type, q: search }),
      csv: ENTITY_CSV
    }, { limit, cursor, count, fields })
  })

  app.get('/entities/:id', {
    schema: {
      operationId: 'getEntity',
      tags: ['entities'],
      summary: 'Get an entity',
      description: 'One entity with its aliases, its affiliations in both directions (each with the passage that supports it) and its statement and mention counts.',
      params: entityParams,
      querystring: noQuery,
      response: { 200: ok(EntityResponse, 'The entity.'), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request) => {
    const row = await store.byId(request.params.id)
    if (!row) throw notFound('entity', request.params.id)
    const [related, aliases] = await Promise.all([store.affiliations(row.id), store.aliases([row.id])])
    const affiliations = related.map(({ articleId, evidence, spanStart, spanEnd, ...rest }) => ({
      ...rest, evidence: { articleId, text: evidence, span: { start: spanStart, end: spanEnd } }
    }))
    return { data: { ...toEntity(row, aliases.get(row.id) ?? [], undefined), affiliations } }
  })

  app.get('/entities/:id/statements', {
    schema: {
      operationId: 'listEntityStatements',
      tags: ['entities', 'statements'],
      summary: "List an entity's statements",
      description: 'Statements the entity made (`role=speaker`), statements about it (`role=subject`), or both (`role=any`, the default), with the same filters, search, sorts and exports as /v1/statements.',
      params: entityParams,
      querystring: entityStatementsQuery,
      response: { 200: okList(StatementList, 'A page of statements (or every match, as CSV or NDJSON).', STATEMENT_CSV_EXAMPLE), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const { role, limit, cursor, count, fields, ...filters } = request.query
    const who = role === 'speaker' ? { speaker: id } : role === 'subject' ? { about: id } : { entity: id }
    return respondStatements(statements, request, reply, { ...filters, ...who }, { limit, cursor, count, fields }, requireEntity(id))
  })

  app.get('/entities/:id/market-events', {
    schema: {
      operationId: 'listEntityMarketEvents',
      tags: ['entities', 'market-events'],
      summary: "List an entity's market events",
      description: 'The market moves and sums of the entity that articles report (share price, market value, index moves; deal values, financial results, other amounts), in reading order.',
      params: entityParams,
      querystring: marketEventPageQuery,
      response: { 200: okList(MarketEventList, 'A page of market events (or every one, as CSV or NDJSON).', MARKET_EVENT_CSV_EXAMPLE), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, fields } = request.query
    return respondMarketEvents(marketEvents, request, reply, { entity: request.params.id }, { limit, cursor, count, fields }, requireEntity(request.params.id))
  })
}
