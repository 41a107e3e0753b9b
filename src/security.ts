// Security headers: a short set for every API response, and Helmet's full set (with a CSP under which Swagger UI works) for HTML pages.
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

// Swagger UI at /docs loads only its own scripts and styles (it injects inline styles) and data: images.
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Docs served over plain HTTP on a private network must still load their own assets.
  upgradeInsecureRequests: null
}

type Directives = typeof CONTENT_SECURITY_POLICY

/** The headers Helmet sets with this configuration, captured once. */
export function helmetHeaders (directives: Directives = CONTENT_SECURITY_POLICY): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: string | number) => { headers[name.toLowerCase()] = String(value) },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()] }
  }
  let failure: unknown
  // An open API: browser apps on any origin may read its responses (CORS decides which may call it).
  helmet({ contentSecurityPolicy: { directives }, crossOriginResourcePolicy: { policy: 'cross-origin' }, xFrameOptions: { action: 'deny' } })(
    {} as Parameters<ReturnType<typeof helmet>>[0], response as unknown as Parameters<ReturnType<typeof helmet>>[1], (err?: unknown) => { failure = err })
  if (failure) throw failure
  return headers
}

/** The Content-Security-Policy header with some directives replaced (a page allowing its own inline script by hash). */
export function contentSecurityPolicy (overrides: Partial<Directives>): string {
  return helmetHeaders({ ...CONTENT_SECURITY_POLICY, ...overrides })['content-security-policy']!
}

/**
 * What a JSON, CSV or YAML answer needs (OWASP's REST Security Cheat Sheet): no sniffing, no
 * framing, HTTPS only, and a policy under which nothing in it could run if opened as a page.
 * Helmet's other headers govern documents (referrers, popups, prefetching, legacy IE) and
 * cost every answer about 640 bytes and a tenth of a small route's throughput (bench/RESULTS.md).
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'cross-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY'
}

/**
 * Applies the API's headers to every response, and Helmet's to HTML pages (Swagger UI, the
 * home page) once their type is known. Both are computed once: @fastify/helmet rebuilds the
 * middleware and its CSP on every request. A page that sets its own CSP keeps it.
 */
export function installSecurityHeaders (app: FastifyInstance) {
  const page = helmetHeaders()
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(API_HEADERS)
    done()
  })
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (String(reply.getHeader('content-type')).startsWith('text/html')) {
      const own = reply.getHeader('content-security-policy')
      reply.headers(page)
      if (own !== API_HEADERS['content-security-policy']) reply.header('content-security-policy', own)
    }
    done(null, payload)
  })
}
