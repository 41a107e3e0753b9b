// Market event contract: the event and figure shapes, list filters and envelopes, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MAX, str } from '../../limits.js'
import { DIRECTIONS, MARKET_EVENT_KINDS } from '../../db/schema.js'
import { listFields } from '../fields.js'
import { ArticleRef, EntityRef, PartialDate, Provenance, Slug, Span, one, pageOf, pageQuery } from '../contract.js'

export const MarketEventKind = z.enum(MARKET_EVENT_KINDS).meta({
  id: 'MarketEventKind',
  description: 'Moves: `share_price_change`, a move in a share price; `market_value_change`, a gain or loss of market capitalization; `index_change`, a move of a stock index or market ("the Dow fell 0.4%"). Figures that are not moves: `deal_value`, what a deal, acquisition or investment is worth; `financial_result`, revenue, profit or loss for a period; `amount`, any other sum tied to an organization (a fine, a cost, a stolen sum).'
})

export const Figure = z.object({
  value: z.number().describe('Signed amount: negative for a fall or a loss. Percent figures are in percentage points (-17 is -17%); currency figures in whole units of the currency.'),
  unit: z.enum(['percent', 'currency']).describe('What `value` counts.'),
  currency: z.string().length(3).regex(/^[A-Z]{3}$/).nullable().describe('ISO 4217 code for currency figures; null for percent figures.'),
  text: str(MAX.name).describe('The figure as printed.')
}).meta({ id: 'Figure' })

export const MarketEvent = z.object({
  id: str(MAX.id).describe('Stable id, derived from the article, entity, kind and text.'),
  entity: EntityRef,
  kind: MarketEventKind,
  direction: z.enum(DIRECTIONS).nullable().describe('Whether the figures rose or fell; null for a figure that is not a move (a deal\'s value, a result, a fine).'),
  figures: z.array(Figure).max(MAX.items).describe('Every figure the article gives for this event, one per unit or currency.'),
  text: str(MAX.text).describe('The passage that reports it, exactly as printed.'),
  span: Span,
  article: ArticleRef,
  date: PartialDate.date.describe('When it happened, as precisely as the article says; null when it does not.'),
  datePrecision: PartialDate.precision,
  ...Provenance
}).meta({
  id: 'MarketEvent',
  description: 'A market move (a share price, a market value, an index) or a sum tied to an organization (a deal\'s value, a result, a fine) that an article reports, with its figures and the span they come from.',
  examples: [{
    id: 'me_dcf508ea93b1',
    entity: { id: 'nvidia', name: 'Nvidia', type: 'organization' },
    kind: 'market_value_change',
    direction: 'down',
    figures: [
      { value: -593000000000, unit: 'currency', currency: 'USD', text: '593 milliards de dollars' },
      { value: -570000000000, unit: 'currency', currency: 'EUR', text: '570 milliards d’euros' }
    ],
    text: 'évaporant 593 milliards de dollars (570 milliards d’euros) sur sa valeur marchande',
    span: { start: 818, end: 900 },
    article: { id: 'deepseek-reactions', title: '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek', publishedDate: '2025', publishedDatePrecision: 'year' },
    date: null,
    datePrecision: null,
    origin: 'curated',
    confidence: 1
  }]
})

export const MarketEventList = pageOf(MarketEvent, 'MarketEventList')
export const marketEventFields = listFields(MarketEvent, MarketEventList, 'id,entity,figures')
export const MarketEventResponse = one(MarketEvent, 'MarketEventResponse')

export const marketEventPageQuery = z.strictObject({ ...pageQuery, fields: marketEventFields.query })

export const marketEventListQuery = z.strictObject({
  entity: Slug.optional().meta({ description: 'Only events of this entity id.', examples: ['nvidia'] }),
  article: Slug.optional().meta({ description: 'Only events this article reports (an article id).', examples: ['deepseek-reactions'] }),
  kind: z.enum(MARKET_EVENT_KINDS).optional().meta({ description: 'Only events of this kind: a move (`share_price_change`, `market_value_change`, `index_change`) or a sum (`deal_value`, `financial_result`, `amount`).', examples: ['share_price_change'] }),
  ...pageQuery,
  fields: marketEventFields.query
})

export const marketEventParams = z.strictObject({
  id: z.string().min(1).max(100).meta({ description: 'Market event id.', examples: ['me_dcf508ea93b1'] })
})

export const MARKET_EVENT_SORT = 'reading-order'
export const marketEventCursorKey = z.tuple([z.string(), z.number().int(), z.string()])
