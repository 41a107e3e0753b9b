// Security headers on every response: Helmet's, with a Content-Security-Policy under which Swagger UI at /docs still works.
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
  helmet({ contentSecurityPolicy: { directives }, crossOriginResourcePolicy: { policy: 'cross-origin' } })(
    {} as Parameters<ReturnType<typeof helmet>>[0], response as unknown as Parameters<ReturnType<typeof helmet>>[1], (err?: unknown) => { failure = err })
  if (failure) throw failure
  return headers
}

/** The Content-Security-Policy header with some directives replaced (a page allowing its own inline script by hash). */
export function contentSecurityPolicy (overrides: Partial<Directives>): string {
  return helmetHeaders({ ...CONTENT_SECURITY_POLICY, ...overrides })['content-security-policy']!
}

/**
 * Applies Helmet's headers. They depend on nothing in the request, so they are computed once
 * rather than through @fastify/helmet, which rebuilds the middleware and its CSP on every
 * request: a third of a by-id route's throughput (bench/RESULTS.md).
 */
export function installSecurityHeaders (app: FastifyInstance) {
  const headers = helmetHeaders()
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers)
    done()
  })
}
