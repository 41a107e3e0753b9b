// Article routes (HTTP only): the article list and one article with its body, mentions and terms.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { notFound, problemResponses } from '../../errors.js'
import { decodeCursor, ok, sendPage, withSpan } from '../shared.js'
import type { ArticleQueries } from './queries.js'
import { ARTICLE_SORT, ArticleList, ArticleResponse, articleCursorKey, articleListQuery, articleParams } from './schemas.js'

export const articleRoutes: FastifyPluginAsyncZod<{ queries: ArticleQueries }> = async (app, { queries }) => {
  app.get('/articles', {
    schema: {
      operationId: 'listArticles',
      tags: ['articles'],
      summary: 'List articles',
      description: 'Articles newest first (undated ones last), without their bodies.',
      querystring: articleListQuery,
      response: { 200: ok(ArticleList, 'A page of articles.'), ...problemResponses(400, 500) }
    }
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    const after = cursor === undefined ? undefined : decodeCursor(cursor, ARTICLE_SORT, articleCursorKey)
    const rows = queries.list({ after, limit: limit + 1 })
    return sendPage(request, reply, rows, limit, ARTICLE_SORT, (r) => [r.publishedDate, r.id], (pageRows) => pageRows)
  })

  app.get('/articles/:id', {
    schema: {
      operationId: 'getArticle',
      tags: ['articles'],
      summary: 'Get an article',
      description: 'One article with its body, the entities its body names (with spans) and the quoted terms that are not statements.',
      params: articleParams,
      response: { 200: ok(ArticleResponse, 'The article.'), ...problemResponses(400, 404, 500) }
    }
  }, async (request) => {
    const row = queries.byId(request.params.id)
    if (!row) throw notFound('article', request.params.id)
    return { data: { ...row, mentions: queries.mentions(row.id).map(withSpan), terms: queries.terms(row.id).map(withSpan) } }
  })
}
