// HTTP caching: an ETag on every GET from the content version, 304 for a matching If-None-Match, a bounded cache of serialized responses, and Cache-Control.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { negotiate } from './resources/listing.js'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=60'
export const PRIVATE_CACHE_CONTROL = 'private, no-cache'
// Headers a cached response must replay; the rest come from the hooks every response passes.
const REPLAYED = ['content-type', 'link', 'x-total-count']
const MAX_CACHED_PAYLOAD = 256 * 1024

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false` for routes the content version does not describe: probes, which must reach the server, and pages that tag themselves. */
    etag?: false
  }
  interface FastifyRequest {
    etag?: string
    /** The content version the ETag was computed from, so a store need not read it again for the same answer. */
    contentVersion?: number
    servedFromCache?: boolean
  }
}

const hash = (value: string) => createHash('sha1').update(value).digest('base64url').slice(0, 16)

/**
 * A digest of the code in `root`: every file under it but dotfiles, which are the build's own
 * bookkeeping (.tsbuildinfo, .build-inputs).
 */
export function treeDigest (root: string): string {
  const digest = createHash('sha1')
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) digest.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0')
  return digest.digest('base64url').slice(0, 16)
}

/**
 * The code this process runs: the folder this module was loaded from (dist/ in production, src/
 * under the tests). Any change to what a response holds is a change there, so a deploy changes
 * every tag, and instances running the same build agree. Hashing the generated OpenAPI document
 * instead cost the first request about 70 ms of zod conversion, and missed changes that keep the
 * schema (a snippet's shape, an order). Read once a process: the files do not change under it.
 */
let runningCode: string | undefined
const codeFingerprint = () => (runningCode ??= treeDigest(fileURLToPath(new URL('.', import.meta.url))))

/** Whether an If-None-Match header lists `tag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesTag (header: string | undefined, tag: string): boolean {
  if (header === undefined || header.length > 1024) return false
  const bare = (t: string) => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag))
}

/** Serialized 200 responses by ETag, least recently used evicted first, within a byte budget. */
class ResponseCache {
  private readonly entries = new Map<string, { payload: string, headers: Record<string, string> }>()
  private bytes = 0
  constructor (private readonly budget: number) {}

  get (tag: string) {
    const hit = this.entries.get(tag)
    if (hit) {
      this.entries.delete(tag)
      this.entries.set(tag, hit)
    }
    return hit
  }

  set (tag: string, payload: string, headers: Record<string, string>) {
    if (this.budget === 0 || payload.length > MAX_CACHED_PAYLOAD || this.entries.has(tag)) return
    this.entries.set(tag, { payload, headers })
    this.bytes += payload.length
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budget) break
      this.entries.delete(oldest)
      this.bytes -= entry.payload.length
    }
  }
}

/**
 * A response is a function of the data, the code, the URL and the negotiated media type. The
 * tag joins the content version (bumped by every write) with a hash of the other three, so it
 * is known before the handler runs: a revalidation costs one row read, and a response already
 * serialized under the same tag is sent again as it is. Both happen after validation and rate
 * limiting, so neither lets a request skip them. `version` reads the content version: at once
 * from the SQLite file, or with a query on PostgreSQL, where another instance may have written.
 */
export function installCaching (app: FastifyInstance, version: () => number | Promise<number>, cacheBytes: number) {
  const cache = new ResponseCache(cacheBytes)
  const code = codeFingerprint()
  const tagFor = (request: FastifyRequest, current: number) =>
    `W/"${current.toString(36)}-${hash(`${code}\u0000${request.url}\u0000${negotiate(request.headers.accept)}`)}"`

  // Callback-style hooks: an async hook costs a promise per request on the hottest path.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return done()
    if (request.routeOptions.config.etag === false) return done()
    const revalidate = (current: number) => {
      const tag = tagFor(request, current)
      request.etag = tag
      request.contentVersion = current
      if (matchesTag(request.headers['if-none-match'], tag)) {
        reply.code(304).header('vary', 'Accept, Accept-Encoding').send()
        return
      }
      const hit = cache.get(tag)
      if (hit) {
        request.servedFromCache = true
        reply.headers(hit.headers).send(hit.payload)
        return
      }
      done()
    }
    const current = version()
    if (typeof current === 'number') revalidate(current)
    else current.then(revalidate, done)
  })

  app.addHook('onSend', (request, reply, payload, done) => {
    const tag = request.etag
    if (reply.statusCode >= 400 || tag === undefined) {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    } else if ((reply.statusCode === 200 || reply.statusCode === 304) && !reply.hasHeader('etag')) {
      reply.header('etag', tag)
      // A reader with a key (the audit log) gets an answer shared caches must not keep.
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', request.keyId === undefined ? CACHE_CONTROL : PRIVATE_CACHE_CONTROL)
      // Lists answer JSON, CSV or NDJSON by Accept; keep whatever else varies (Accept-Encoding, Origin).
      const vary = reply.getHeader('vary')
      if (vary === undefined) reply.header('vary', 'Accept')
      else if (!/\baccept\b/i.test(String(vary))) reply.header('vary', `${String(vary)}, Accept`)
      if (reply.statusCode === 200 && typeof payload === 'string' && !request.servedFromCache) {
        const headers: Record<string, string> = {}
        for (const name of REPLAYED) {
          const value = reply.getHeader(name)
          if (value !== undefined) headers[name] = String(value)
        }
        cache.set(tag, payload, headers)
      }
    }
    done(null, payload)
  })
}
