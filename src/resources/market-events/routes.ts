// Market event routes (HTTP only): the list with filters, one event, and the page shaping the entity routes reuse.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { notFound, problemResponses } from '../../errors.js'
import { decodeCursor, ok, sendPage, withSpan } from '../shared.js'
import type { MarketEventListArgs, MarketEventQueries, MarketEventRow } from './queries.js'
import { MARKET_EVENT_SORT, MarketEventList, MarketEventResponse, marketEventCursorKey, marketEventListQuery, marketEventParams } from './schemas.js'

const toMarketEvent = (row: MarketEventRow) => withSpan(row)

/** Runs a market event list query for one page and returns the envelope. */
export function marketEventPage (
  queries: MarketEventQueries, request: FastifyRequest, reply: FastifyReply,
  args: Omit<MarketEventListArgs, 'after' | 'limit'>, page: { limit: number, cursor?: string | undefined }
) {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, MARKET_EVENT_SORT, marketEventCursorKey)
  const rows = queries.list({ ...args, after, limit: page.limit + 1 })
  return sendPage(request, reply, rows, page.limit, MARKET_EVENT_SORT, (r) => [r.article.id, r.spanStart, r.id], (pageRows) => pageRows.map(toMarketEvent))
}

export const marketEventRoutes: FastifyPluginAsyncZod<{ queries: MarketEventQueries }> = async (app, { queries }) => {
  app.get('/market-events', {
    schema: {
      operationId: 'listMarketEvents',
      tags: ['market-events'],
      summary: 'List market events',
      description: 'Share-price and market-value moves reported by articles, in reading order, filtered by entity and kind.',
      querystring: marketEventListQuery,
      response: { 200: ok(MarketEventList, 'A page of market events.'), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, ...filters } = request.query
    return marketEventPage(queries, request, reply, filters, { limit, cursor })
  })

  app.get('/market-events/:id', {
    schema: {
      operationId: 'getMarketEvent',
      tags: ['market-events'],
      summary: 'Get a market event',
      description: 'One market move with its figures (every currency the article gives), entity, article and span.',
      params: marketEventParams,
      response: { 200: ok(MarketEventResponse, 'The market event.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request) => {
    const row = queries.byId(request.params.id)
    if (!row) throw notFound('market event', request.params.id)
    return { data: toMarketEvent(row) }
  })
}
