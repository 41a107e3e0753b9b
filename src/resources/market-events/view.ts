// How a market event list and a market event read in the API, shared by the market event and entity routes: the row-to-item shape, its CSV columns, and the list answer.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { withSpan } from '../contract.js'
import { respondList, type CsvColumn, type PageParams } from '../listing.js'
import type { MarketEventListArgs, MarketEventRow, MarketEventStore } from './store.js'
import { MARKET_EVENT_SORT, marketEventCursorKey, type MarketEvent } from './schemas.js'

type MarketEventOut = z.infer<typeof MarketEvent>

export const toMarketEvent = (row: MarketEventRow): MarketEventOut => withSpan(row)

const figures = (m: MarketEventOut) => m.figures.map((f) => `${f.value} ${f.currency ?? '%'}`).join('; ')

const MARKET_EVENT_CSV: CsvColumn<MarketEventOut>[] = [
  { header: 'id', value: (m) => m.id },
  { header: 'entityId', field: 'entity', value: (m) => m.entity.id },
  { header: 'kind', value: (m) => m.kind },
  { header: 'direction', value: (m) => m.direction },
  { header: 'figures', value: figures },
  { header: 'text', value: (m) => m.text },
  { header: 'articleId', field: 'article', value: (m) => m.article.id },
  { header: 'spanStart', field: 'span', value: (m) => m.span.start },
  { header: 'spanEnd', field: 'span', value: (m) => m.span.end },
  { header: 'date', value: (m) => m.date }
]

export const MARKET_EVENT_CSV_EXAMPLE = 'id,entityId,kind,direction,figures,text,articleId,spanStart,spanEnd,date\r\n' +
  'me_b6c2585295aa,nvidia,share_price_change,down,-17 %,Nvidia a vu ses actions baisser de 17%,deepseek-reactions,778,816,\r\n'

/** Answers a market event list (used by /market-events and /entities/{id}/market-events). */
export function respondMarketEvents (
  store: MarketEventStore, request: FastifyRequest, reply: FastifyReply,
  filters: Omit<MarketEventListArgs, 'after' | 'limit'>, page: PageParams, ensureOwner?: () => Promise<void>
) {
  return respondList(request, reply, {
    sort: MARKET_EVENT_SORT,
    key: marketEventCursorKey,
    fetch: (after, limit) => store.list({ ...filters, after, limit }),
    keyOf: (r) => [r.article.id, r.spanStart, r.id] as [string, number, string],
    shape: (rows) => rows.map(toMarketEvent),
    count: () => store.count(filters),
    csv: MARKET_EVENT_CSV,
    ensureOwner
  }, page)
}
