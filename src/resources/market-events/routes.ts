// Market event routes (HTTP only): the list with filters and exports, and one event.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { notFound, problemResponses } from '../../errors.js'
import { noQuery } from '../contract.js'
import { ok, okList } from '../responses.js'
import type { MarketEventStore } from './store.js'
import { MarketEventList, MarketEventResponse, marketEventListQuery, marketEventParams } from './schemas.js'
import { MARKET_EVENT_CSV_EXAMPLE, respondMarketEvents, toMarketEvent } from './view.js'

export const marketEventRoutes: FastifyPluginAsyncZod<{ store: MarketEventStore }> = async (app, { store }) => {
  app.get('/market-events', {
    schema: {
      operationId: 'listMarketEvents',
      tags: ['market-events'],
      summary: 'List market events',
      description: 'Market moves (share prices, market values, indexes) and sums tied to organizations (deal values, financial results, other amounts) reported by articles, in reading order, filtered by entity, article and kind. Send `Accept: text/csv` or `application/x-ndjson` to export every match.',
      querystring: marketEventListQuery,
      response: { 200: okList(MarketEventList, 'A page of market events (or every match, as CSV or NDJSON).', MARKET_EVENT_CSV_EXAMPLE), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, fields, ...filters } = request.query
    return respondMarketEvents(store, request, reply, filters, { limit, cursor, count, fields })
  })

  app.get('/market-events/:id', {
    schema: {
      operationId: 'getMarketEvent',
      tags: ['market-events'],
      summary: 'Get a market event',
      description: 'One market move or sum with its figures (every currency the article gives), entity, article and span.',
      params: marketEventParams,
      querystring: noQuery,
      response: { 200: ok(MarketEventResponse, 'The market event.'), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request) => {
    const row = await store.byId(request.params.id)
    if (!row) throw notFound('market event', request.params.id)
    return { data: toMarketEvent(row) }
  })
}
