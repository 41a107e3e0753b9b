// Article routes (HTTP only): the article list with search and exports, and one article with its body, mentions and terms.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { notFound, problemResponses } from '../../errors.js'
import { respondList, type CsvColumn } from '../listing.js'
import { highlight, noQuery, ok, okList, searchOrder, withSpan } from '../shared.js'
import type { ArticleQueries, ArticleRow, ArticleSort } from './queries.js'
import { ArticleList, ArticleResponse, articleCursorKey, articleListQuery, articleParams, type ArticleSummary } from './schemas.js'

type ArticleSummaryOut = z.infer<typeof ArticleSummary>

function toSummary (row: ArticleRow, q?: string): ArticleSummaryOut {
  const { seq: _seq, dateKey: _dateKey, rank, body, ...rest } = row
  const searched = [rest.title, rest.standfirst, body].filter(Boolean).join(' — ')
  return { ...rest, ...(rank === undefined || q === undefined ? {} : { search: { score: -rank, snippet: highlight(searched, q, 24) } }) }
}

const ARTICLE_CSV: CsvColumn<ArticleSummaryOut>[] = [
  { header: 'id', value: (a) => a.id },
  { header: 'title', value: (a) => a.title },
  { header: 'standfirst', value: (a) => a.standfirst },
  { header: 'author', value: (a) => a.author },
  { header: 'language', value: (a) => a.language },
  { header: 'publisher', value: (a) => a.publisher },
  { header: 'publishedDate', value: (a) => a.publishedDate },
  { header: 'statementCount', value: (a) => a.statementCount },
  { header: 'marketEventCount', value: (a) => a.marketEventCount }
]

const CSV_EXAMPLE = 'id,title,standfirst,author,language,publisher,publishedDate,statementCount,marketEventCount\r\n' +
  'deepseek-reactions,"«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek",La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.,Milos Schmidt,fr,L’Observatoire de l’Europe,2025,31,2\r\n'

export const articleRoutes: FastifyPluginAsyncZod<{ queries: ArticleQueries }> = async (app, { queries }) => {
  app.get('/articles', {
    schema: {
      operationId: 'listArticles',
      tags: ['articles'],
      summary: 'List and search articles',
      description: 'Articles without their bodies, newest first (undated last), or searched in full text with `q` (relevance-ranked, with a highlighted snippet). Send `Accept: text/csv` or `application/x-ndjson` to export every match.',
      querystring: articleListQuery,
      response: { 200: okList(ArticleList, 'A page of articles (or every match, as CSV or NDJSON).', CSV_EXAMPLE), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor, count, q, sort: requested } = request.query
    const { sort, match, matchesNothing: empty } = searchOrder<ArticleSort>(q, requested, '-date')
    return respondList(request, reply, {
      sort,
      key: articleCursorKey(sort) as z.ZodType<(string | number)[]>,
      fetch: (after, n) => (empty ? [] : queries.list({ match, sort, after, limit: n })),
      keyOf: (row) => queries.keyOf(row, sort),
      shape: (rows) => rows.map((row) => toSummary(row, q)),
      count: () => (empty ? 0 : queries.count(match)),
      csv: ARTICLE_CSV,
      // A searched article is read with its body (up to 200,000 characters) for the snippet.
      ...(q === undefined ? {} : { exportBatch: 20 })
    }, { limit, cursor, count })
  })

  app.get('/articles/:id', {
    schema: {
      operationId: 'getArticle',
      tags: ['articles'],
      summary: 'Get an article',
      description: 'One article with its body, the entities its body names (with spans) and the quoted terms that are not statements.',
      params: articleParams,
      querystring: noQuery,
      response: { 200: ok(ArticleResponse, 'The article.'), ...problemResponses(400, 404, 414, 500) }
    }
  }, async (request) => {
    const row = queries.byId(request.params.id)
    if (!row) throw notFound('article', request.params.id)
    const { search: _search, ...summary } = toSummary(row)
    return { data: { ...summary, photoCaption: row.photoCaption, body: row.body, mentions: queries.mentions(row.id).map(withSpan), terms: queries.terms(row.id).map(withSpan) } }
  })
}
