// Entity routes (HTTP only): list and autocomplete, one entity, an entity's statements and market events, and the editors' writes: create, correct, merge and delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { MovedPermanently, conflict, invalidField, notFound, problemResponses } from '../../errors.js'
import { searchOrder } from '../../search/order.js'
import { matchedSpelling } from '../../search/spelling.js'
import { noQuery } from '../contract.js'
import { respondList, type CsvColumn } from '../listing.js'
import { MarketEventList, marketEventPageQuery } from '../market-events/schemas.js'
import type { MarketEventStore } from '../market-events/store.js'
import { MARKET_EVENT_CSV_EXAMPLE, respondMarketEvents } from '../market-events/view.js'
import { AUTH_ERRORS, KEYED_SECURITY, type Keyed } from '../keyed.js'
import { created, movedPermanently, ok, okList } from '../responses.js'
import { StatementList } from '../statements/schemas.js'
import type { StatementStore } from '../statements/store.js'
import { STATEMENT_CSV_EXAMPLE, respondStatements } from '../statements/view.js'
import type { EntityStore, EntityRow, EntitySort } from './store.js'
import { EntityCreate, EntityList, EntityMerge, EntityPatch, EntityResponse, entityCursorKey, entityListQuery, entityParams, entityStatementsQuery, type Entity } from './schemas.js'

interface Options {
  store: EntityStore
  /** An entity's statements and market events are those resources' lists, filtered. */
  statements: StatementStore
  marketEvents: MarketEventStore
  keyed: Keyed
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

export const entityRoutes: FastifyPluginAsyncZod<Options> = async (app, { store, statements, marketEvents, keyed }) => {
  const toEntity = (row: EntityRow, aliases: string[], search: string | undefined): EntityOut => {
    const { seq: _seq, rank: _rank, ...rest } = row
    return { ...rest, aliases, ...(search === undefined ? {} : { match: matchedSpelling(row.name, aliases, search) }) }
  }

  /**
   * An id that names no entity: a 301 to the entity it was merged into, with the rest of the path
   * and the query kept, or a 404.
   */
  const missing = async (id: string, url: string) => {
    const into = await store.redirect(id)
    if (into === undefined) return notFound('entity', id)
    const prefix = `/entities/${id}`
    const at = url.indexOf(prefix)
    return new MovedPermanently(`${url.slice(0, at)}/entities/${into}${url.slice(at + prefix.length)}`)
  }

  /**
   * 404s (or redirects) unless the entity exists, so an unknown id in the path is never an empty
   * list. Its lists ask only when they find nothing (or before an export): a row proves the entity is there.
   */
  const requireEntity = (id: string, url: string) => async () => {
    if (!await store.exists(id)) throw await missing(id, url)
  }

  /** The entity as GET /v1/entities/{id} serves it; undefined when there is none. */
  const detail = async (id: string) => {
    const row = await store.byId(id)
    if (!row) return undefined
    const [related, aliases] = await Promise.all([store.affiliations(row.id), store.aliases([row.id])])
    const affiliations = related.map(({ articleId, evidence, spanStart, spanEnd, ...rest }) => ({
      ...rest, evidence: { articleId, text: evidence, span: { start: spanStart, end: spanEnd } }
    }))
    return { data: { ...toEntity(row, aliases.get(row.id) ?? [], undefined), affiliations } }
  }

  const MOVED = { 301: movedPermanently('The entity was merged into another: `Location` is its URL.') }

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
      response: { 200: ok(EntityResponse, 'The entity.'), ...MOVED, ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request) => {
    const found = await detail(request.params.id)
    if (!found) throw await missing(request.params.id, request.url)
    return found
  })

  app.get('/entities/:id/statements', {
    schema: {
      operationId: 'listEntityStatements',
      tags: ['entities', 'statements'],
      summary: "List an entity's statements",
      description: 'Statements the entity made (`role=speaker`), statements about it (`role=subject`), or both (`role=any`, the default), with the same filters, search, sorts and exports as /v1/statements.',
      params: entityParams,
      querystring: entityStatementsQuery,
      response: { 200: okList(StatementList, 'A page of statements (or every match, as CSV or NDJSON).', STATEMENT_CSV_EXAMPLE), ...MOVED, ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const { role, limit, cursor, count, fields, ...filters } = request.query
    const who = role === 'speaker' ? { speaker: id } : role === 'subject' ? { about: id } : { entity: id }
    return respondStatements(statements, request, reply, { ...filters, ...who }, { limit, cursor, count, fields }, requireEntity(id, request.url))
  })

  app.get('/entities/:id/market-events', {
    schema: {
      operationId: 'listEntityMarketEvents',
      tags: ['entities', 'market-events'],
      summary: "List an entity's market events",
      description: 'The market moves and sums of the entity that articles report (share price, market value, index moves; deal values, financial results, other amounts), in reading order.',
      params: entityParams,
      querystring: marketEventPageQuery,
      response: { 200: okList(MarketEventList, 'A page of market events (or every one, as CSV or NDJSON).', MARKET_EVENT_CSV_EXAMPLE), ...MOVED, ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, fields } = request.query
    return respondMarketEvents(marketEvents, request, reply, { entity: request.params.id }, { limit, cursor, count, fields }, requireEntity(request.params.id, request.url))
  })

  app.post('/entities', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'createEntity',
      tags: ['entities'],
      summary: 'Add an entity',
      description: 'Adds a person, organization or other entity the extractor missed, as `origin: "curated"`, so statements can be attributed to it. Its id is the slug of its name unless `id` says otherwise; an id that is taken (or that a merged entity had) is a 409.',
      security: KEYED_SECURITY,
      querystring: noQuery,
      body: EntityCreate,
      response: { 201: created(EntityResponse, 'The new entity.'), ...problemResponses(400, ...AUTH_ERRORS, 409, 413, 415, 500, 503, 507) }
    }
  }, async (request, reply) => {
    const result = await store.create(request.body, request.keyId!)
    if ('noSlug' in result) throw invalidField('body', 'id', 'The name has no Latin letter or digit to make an id from: send an `id` (a slug such as vladimir-poutine).')
    if ('conflict' in result) {
      throw conflict(result.mergedInto === undefined
        ? `An entity already has the id ${JSON.stringify(result.conflict)}: send another \`id\`, or correct that one with PATCH /v1/entities/${result.conflict}.`
        : `The id ${JSON.stringify(result.conflict)} was merged into ${JSON.stringify(result.mergedInto)} and still leads there: send another \`id\`.`)
    }
    reply.code(201).header('location', `/v1/entities/${result.id}`)
    return (await detail(result.id))!
  })

  app.patch('/entities/:id', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'updateEntity',
      tags: ['entities'],
      summary: 'Correct an entity',
      description: 'Renames, retypes or redescribes an entity, or replaces its aliases; it becomes `origin: "curated"`. A renamed entity keeps its old name as an alias unless `aliases` is sent too, and every statement shows the new name at once.',
      security: KEYED_SECURITY,
      params: entityParams,
      querystring: noQuery,
      body: EntityPatch,
      response: { 200: ok(EntityResponse, 'The corrected entity.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 415, 500, 503, 507) }
    }
  }, async (request) => {
    if (!await store.update(request.params.id, request.body, request.keyId!)) throw notFound('entity', request.params.id)
    return (await detail(request.params.id))!
  })

  app.post('/entities/:id/merge', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'mergeEntity',
      tags: ['entities'],
      summary: 'Merge an entity into another',
      description: 'For two entities that are one ("Marie Le Pen" for Jean-Marie Le Pen): the statements it made and those about it, its mentions, affiliations, market events, name and aliases move to `into`, and this entity is deleted. Its id answers 301 to the other from then on. Answers with the entity that stays.',
      security: KEYED_SECURITY,
      params: entityParams,
      querystring: noQuery,
      body: EntityMerge,
      response: { 200: ok(EntityResponse, 'The entity merged into, with everything moved.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 415, 500, 503, 507) }
    }
  }, async (request) => {
    const { id } = request.params
    const { into } = request.body
    if (into === id) throw invalidField('body', 'into', 'An entity cannot be merged into itself.')
    const result = await store.merge(id, into, request.keyId!)
    if (result === 'no-entity') throw notFound('entity', id)
    if (result === 'no-target') throw invalidField('body', 'into', `No entity has the id ${JSON.stringify(into)}.`)
    return (await detail(into))!
  })

  app.delete('/entities/:id', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'deleteEntity',
      tags: ['entities'],
      summary: 'Delete an entity',
      description: 'Removes an entity nothing is said by or about, with its aliases, mentions and affiliations. While statements (as speaker or subject) or market events refer to it, the answer is 409: re-attribute or delete them, or merge the entity into another.',
      security: KEYED_SECURITY,
      params: entityParams,
      querystring: noQuery,
      response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 409, 414, 500, 503, 507) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const result = await store.delete(id, request.keyId!)
    if (result === 'no-entity') throw notFound('entity', id)
    if (result !== 'deleted') {
      const { statements: spoken, subjects, marketEvents: events } = result.references
      const parts = [[spoken, 'statement', 'it made'], [subjects, 'statement', 'about it'], [events, 'market event', 'of it']] as const
      const still = parts.filter(([n]) => n > 0).map(([n, what, how]) => `${n} ${what}${n === 1 ? '' : 's'} ${how}`)
      throw conflict(`The entity ${JSON.stringify(id)} is still referred to: ${still.join(', ')}. Re-attribute or delete them, or merge it into another entity with POST /v1/entities/${id}/merge.`)
    }
    return reply.code(204).send()
  })
}
