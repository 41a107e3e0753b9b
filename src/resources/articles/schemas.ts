// Article contract: summary and full article shapes, mentions and terms, as zod schemas registered for the OpenAPI document.
import { z } from 'zod'
import { MAX, int32, str } from '../../limits.js'
import { listFields } from '../fields.js'
import { EntityRef, PartialDate, SearchMatch, Slug, Span, one, pageOf, pageQuery, bodyText, lineText, realDateTime, searchText, sortParam } from '../contract.js'
import { ARTICLE_SORTS } from './store.js'

const TITLE = '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek'
const STANDFIRST = 'La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.'

const summaryFields = {
  id: str(MAX.id).describe('Stable article id (slug).'),
  title: str(MAX.text).describe('The headline exactly as printed.'),
  standfirst: str(MAX.text).nullable().describe('The introductory paragraph under the headline, when there is one.'),
  author: str(MAX.name).nullable().describe('The byline, when there is one.'),
  language: str(8).describe('ISO 639-1 language of the text.'),
  publisher: str(MAX.name).nullable().describe('The outlet that published it, when known.'),
  publishedDate: PartialDate.date,
  publishedDatePrecision: PartialDate.precision,
  statementCount: int32().describe('Statements extracted from the body.'),
  marketEventCount: int32().describe('Market events extracted from the body.')
}

const summaryExample = {
  id: 'deepseek-reactions', title: TITLE, standfirst: STANDFIRST, author: 'Milos Schmidt', language: 'fr',
  publisher: 'L’Observatoire de l’Europe', publishedDate: '2025', publishedDatePrecision: 'year',
  statementCount: 31, marketEventCount: 2
}

export const ArticleSummary = z.object({ ...summaryFields, search: SearchMatch.optional() }).meta({
  id: 'ArticleSummary',
  description: 'An article without its body.',
  examples: [summaryExample]
})

export const Mention = z.object({
  entity: EntityRef,
  text: str(MAX.name).describe('The spelling used at this point.'),
  span: Span
}).meta({ id: 'Mention', description: 'A place where the body names an entity.' })

export const Term = z.object({
  text: str(MAX.text).describe('The quoted words, without the « » marks.'),
  note: str(MAX.label).nullable().describe('What the term means or refers to.'),
  span: Span
}).meta({ id: 'Term', description: 'Words the narrator puts in quotation marks that nobody is quoted as saying («salles de guerre»).' })

export const Article = z.object({
  ...summaryFields,
  url: str(MAX.url).nullable().describe('Where the article was published, when known.'),
  photoCaption: str(MAX.text).nullable().describe('The caption of the lead photo, when there is one (it may be in another language).'),
  body: str(MAX.body).describe('The article text alone: headline, standfirst, byline, caption and page debris are kept out. Every span indexes into it.'),
  mentions: z.array(Mention).max(MAX.spans).describe('Every place the body names a known entity, in reading order.'),
  terms: z.array(Term).max(MAX.spans).describe('Quoted terms that are not statements.')
}).meta({
  id: 'Article',
  description: 'An article with its body, the entities it names and the quoted terms it uses.',
  examples: [{
    ...summaryExample,
    url: null,
    photoCaption: 'The Icons for the smartphone apps DeepSeek and ChatGPT are seen on a smartphone screen in Beijing, Tuesday, Jan. 28, 2025.',
    body: 'La bulle de l’intelligence artificielle (IA) a eu une photo d’air cette semaine après que le laboratoire de recherche chinois Deepseek a déclaré […]',
    mentions: [{ entity: { id: 'deepseek', name: 'DeepSeek', type: 'organization' }, text: 'Deepseek', span: { start: 126, end: 134 } }],
    terms: [{ text: 'salles de guerre', note: 'Meta\'s "war rooms" of engineers, as reported by The Information.', span: { start: 1465, end: 1481 } }]
  }]
})

export const ArticleList = pageOf(ArticleSummary, 'ArticleList')
export const articleFields = listFields(ArticleSummary, ArticleList, 'id,title,publishedDate')
export const ArticleResponse = one(Article, 'ArticleResponse')

export const articleListQuery = z.strictObject({
  q: searchText.optional().meta({ description: 'Full-text search in headline, standfirst and body (headline weighs most): accent- and case-blind, words match as prefixes and in singular or plural (the first 16 are searched). Sorts by relevance unless `sort` says otherwise.', examples: ['deepseek nvidia'] }),
  sort: sortParam(ARTICLE_SORTS, '`-date` (default): newest first, undated last; `date`: oldest first; `relevance` (default with `q`): best match first.'),
  ...pageQuery,
  fields: articleFields.query
})

export const articleParams = z.strictObject({
  id: Slug.meta({ description: 'Article id (slug).', examples: ['deepseek-reactions'] })
})

/** Cursor keys per sort: the sort columns of the last row served. */
export const articleCursorKey = (sort: string) =>
  sort === 'relevance' ? z.tuple([z.number(), z.number().int()]) : z.tuple([z.string(), z.string()])

/** An article to ingest. The body is the article text alone: every extracted span indexes into it. */
export const ArticleInput = z.strictObject({
  title: lineText(1000).describe('The headline.'),
  body: bodyText(200_000, 'Must be at most 200,000 characters.').describe('The article text alone (no headline, byline or page furniture): paragraphs separated by blank lines.'),
  language: z.enum(['fr', 'en']).describe('The language of the text.'),
  author: lineText(300).optional().describe('The byline.'),
  publisher: lineText(300).optional().describe('The outlet.'),
  url: z.url({ protocol: /^https?$/ }).max(2048).optional().describe('Where the article was published.'),
  publishedAt: z.string().max(40).regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/, 'Must be an ISO 8601 date or timestamp: 2025, 2025-01, 2025-01-29 or 2025-01-29T09:00:00Z.')
    .refine(realDateTime, 'Must be a real moment: a day its month has, a time from 00:00 to 23:59:59, and an offset within ±14:00.').optional()
    .describe('When it was published, as precisely as known.'),
  caption: lineText(2000).optional().describe('The caption of the lead photo.')
}).meta({
  id: 'NewArticle',
  examples: [{
    title: 'Chipmakers slide as investors weigh cheaper AI models',
    body: 'Shares of Nvidia fell 4.2% on Thursday.\n\n“We are seeing a healthy correction, not a collapse,” said Priya Raman, chief investment officer at Halden Capital.',
    language: 'en',
    publisher: 'Example Wire',
    publishedAt: '2025-01-30'
  }]
})

export const ArticleCreated = one(ArticleSummary, 'ArticleCreated')
