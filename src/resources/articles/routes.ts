// Article routes (HTTP only): the article list with search and exports, one article with its body, mentions and terms, and the keyed writes: ingest and delete.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound, problemResponses, ProblemError } from '../../errors.js'
import { ExtractionBusy, ExtractionTimeout } from '../../extract/pool.js'
import { searchOrder } from '../../search/order.js'
import { highlight } from '../../search/snippets.js'
import { noQuery, withSpan } from '../contract.js'
import { AUTH_ERRORS, KEYED_SECURITY, type Keyed } from '../keyed.js'
import { respondList, type CsvColumn } from '../listing.js'
import { created, ok, okList } from '../responses.js'
import type { ArticleStore, ArticleRow, ArticleSort } from './store.js'
import { ArticleCreated, ArticleInput, ArticleList, ArticleResponse, articleCursorKey, articleListQuery, articleParams, type ArticleSummary } from './schemas.js'

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

/** Why an article could not be extracted, as the client should act on it: change the text (422) or retry later (503). */
function extractionProblem (err: unknown, reply: { header: (name: string, value: string) => unknown }): unknown {
  if (err instanceof ExtractionTimeout) {
    return new ProblemError(422, 'extraction_timeout', `Extracting this article took longer than its ${err.timeoutMs / 1000} s budget, so nothing was written. Split it into smaller articles.`)
  }
  if (err instanceof ExtractionBusy) {
    reply.header('retry-after', '5')
    return new ProblemError(503, 'extraction_busy', 'Every extraction worker is busy and the queue is full, so nothing was written. Retry after the number of seconds in Retry-After.')
  }
  return err
}

export const articleRoutes: FastifyPluginAsyncZod<{ store: ArticleStore, keyed: Keyed }> = async (app, { store, keyed }) => {
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
    const { limit, cursor, count, fields, q, sort: requested } = request.query
    const sort = searchOrder<ArticleSort>(q, requested, '-date')
    return respondList(request, reply, {
      sort,
      key: articleCursorKey(sort) as z.ZodType<(string | number)[]>,
      fetch: (after, n) => store.list({ q, sort, after, limit: n }),
      keyOf: (row) => store.keyOf(row, sort),
      shape: (rows, wants) => rows.map((row) => toSummary(row, wants('search') ? q : undefined)),
      count: () => store.count(q),
      csv: ARTICLE_CSV,
      // A searched article is read with its body (up to 200,000 characters) for the snippet.
      ...(q === undefined ? {} : { exportBatch: 20 })
    }, { limit, cursor, count, fields })
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
    const row = await store.byId(request.params.id)
    if (!row) throw notFound('article', request.params.id)
    const { search: _search, ...summary } = toSummary(row)
    const [mentions, terms] = await Promise.all([store.mentions(row.id), store.terms(row.id)])
    return { data: { ...summary, url: row.url, photoCaption: row.photoCaption, body: row.body, mentions: mentions.map(withSpan), terms: terms.map(withSpan) } }
  })

  app.post('/articles', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'createArticle',
      tags: ['articles'],
      summary: 'Ingest an article',
      description: 'Adds an article and extracts its statements (speaker, kind, subjects, span), the entities it names and its market figures, all written in one transaction and served at once, marked `origin: "extracted"` with a confidence. Posting the same language, title and body again answers 200 with the existing article and changes nothing. List what was extracted with `GET /v1/statements?article=` and `GET /v1/market-events?article=`.',
      security: KEYED_SECURITY,
      querystring: noQuery,
      body: ArticleInput,
      response: {
        201: created(ArticleCreated, 'The article was created.'),
        200: ok(ArticleCreated, 'The same content was already there: the existing article, unchanged.'),
        ...problemResponses(400, ...AUTH_ERRORS, 409, 413, 415, 422, 500, 503, 507)
      }
    }
  }, async (request, reply) => {
    const { id, created } = await store.ingest(request.body, request.keyId!).catch((err: unknown) => { throw extractionProblem(err, reply) })
    const { dateKey: _dateKey, seq: _seq, body: _body, photoCaption: _caption, url: _url, ...summary } = (await store.byId(id))!
    reply.code(created ? 201 : 200).header('location', `/v1/articles/${id}`)
    return { data: summary }
  })

  app.delete('/articles/:id', {
    config: keyed.write,
    onRequest: keyed.authenticated,
    schema: {
      operationId: 'deleteArticle',
      tags: ['articles'],
      summary: 'Delete an article',
      description: 'Removes the article and everything that hangs off it: its statements, mentions, market events, terms and the affiliations it is the evidence for.',
      security: KEYED_SECURITY,
      params: articleParams,
      querystring: noQuery,
      response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, ...AUTH_ERRORS, 404, 414, 500, 503, 507) }
    }
  }, async (request, reply) => {
    if (!await store.delete(request.params.id, request.keyId!)) throw notFound('article', request.params.id)
    return reply.code(204).send()
  })
}
