// HTTP caching: an ETag on every GET from the content version, 304 for a matching If-None-Match before any query runs, and Cache-Control.
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { versionReader, type Db } from './db/index.js'
import { negotiate } from './resources/listing.js'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=60'
const NOT_CACHED = new Set(['/healthz', '/readyz'])

declare module 'fastify' {
  interface FastifyRequest {
    etag?: string
  }
}

const hash = (value: string) => createHash('sha1').update(value).digest('base64url').slice(0, 16)

/** Whether an If-None-Match header lists `tag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesTag (header: string | undefined, tag: string): boolean {
  if (header === undefined) return false
  const bare = (t: string) => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag))
}

/**
 * A response is a function of the data, the code, the URL and the negotiated media type. The
 * tag joins the content version (bumped by every write) with a hash of the other three, so it
 * is known before the handler runs and a revalidation costs one row read.
 */
export function installCaching (app: FastifyInstance, db: Db) {
  const version = versionReader(db)
  // The API's shape, so a deploy that changes a response changes every tag (computed on first use: the document exists only once the app is ready).
  let codeFingerprint: string | undefined
  const tagFor = (request: FastifyRequest) => {
    codeFingerprint ??= hash(JSON.stringify(app.swagger()))
    return `W/"${version().toString(36)}-${hash(`${codeFingerprint}\u0000${request.url}\u0000${negotiate(request.headers.accept)}`)}"`
  }

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const path = request.url.split('?')[0] ?? ''
    if (NOT_CACHED.has(path)) return
    request.etag = tagFor(request)
    if (matchesTag(request.headers['if-none-match'], request.etag)) {
      return reply.code(304).header('etag', request.etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept, Accept-Encoding').send()
    }
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400 || request.etag === undefined) {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
      return payload
    }
    if (reply.statusCode === 200 && !reply.hasHeader('etag')) {
      reply.header('etag', request.etag)
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', CACHE_CONTROL)
      // Lists answer JSON, CSV or NDJSON by Accept; keep whatever else varies (Accept-Encoding, Origin).
      const vary = String(reply.getHeader('vary') ?? '')
      if (!/\baccept\b/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept` : 'Accept')
    }
    return payload
  })
}
