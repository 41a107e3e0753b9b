// Market event routes (HTTP only): the list with filters and exports, one event, and the list answer the entity routes reuse.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { notFound, problemResponses } from '../../errors.js'
import { respondList, type CsvColumn, type PageParams } from '../listing.js'
import { noQuery, ok, okList, withSpan } from '../shared.js'
import type { MarketEventListArgs, MarketEventQueries, MarketEventRow } from './queries.js'
import { MARKET_EVENT_SORT, MarketEventList, MarketEventResponse, marketEventCursorKey, marketEventListQuery, marketEventParams, type MarketEvent } from './schemas.js'

type MarketEventOut = z.infer<typeof MarketEvent>

const toMarketEvent = (row: MarketEventRow): MarketEventOut => withSpan(row)

const figures = (m: MarketEventOut) => m.figures.map((f) => `${f.value} ${f.currency ?? '%'}`).join('; ')

const MARKET_EVENT_CSV: CsvColumn<MarketEventOut>[] = [
  { header: 'id', value: (m) => m.id },
  { header: 'entityId', value: (m) => m.entity.id },
  { header: 'kind', value: (m) => m.kind },
  { header: 'direction', value: (m) => m.direction },
  { header: 'figures', value: figures },
  { header: 'text', value: (m) => m.text },
  { header: 'articleId', value: (m) => m.article.id },
  { header: 'spanStart', value: (m) => m.span.start },
  { header: 'spanEnd', value: (m) => m.span.end },
  { header: 'date', value: (m) => m.date }
]

export const MARKET_EVENT_CSV_EXAMPLE = 'id,entityId,kind,direction,figures,text,articleId,spanStart,spanEnd,date\r\n' +
  'me_b6c2585295aa,nvidia,share_price_change,down,-17 %,Nvidia a vu ses actions baisser de 17%,deepseek-reactions,778,816,\r\n'

/** Answers a market event list (used by /market-events and /entities/{id}/market-events). */
export function respondMarketEvents (
  queries: MarketEventQueries, request: FastifyRequest, reply: FastifyReply,
  filters: Omit<MarketEventListArgs, 'after' | 'limit'>, page: PageParams
) {
  return respondList(request, reply, {
    sort: MARKET_EVENT_SORT,
    key: marketEventCursorKey,
    fetch: (after, limit) => queries.list({ ...filters, after, limit }),
    keyOf: (r) => [r.article.id, r.spanStart, r.id] as [string, number, string],
    shape: (rows) => rows.map(toMarketEvent),
    count: () => queries.count(filters),
    csv: MARKET_EVENT_CSV
  }, page)
}

export const marketEventRoutes: FastifyPluginAsyncZod<{ queries: MarketEventQueries }> = async (app, { queries }) => {
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
    const { limit, cursor, count, ...filters } = request.query
    return respondMarketEvents(queries, request, reply, filters, { limit, cursor, count })
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
    const row = queries.byId(request.params.id)
    if (!row) throw notFound('market event', request.params.id)
    return { data: toMarketEvent(row) }
  })
}
