// buildApp({ config, db }): the Fastify instance with its compilers, error shape, OpenAPI docs and every route; used unchanged by tests and production.
import zlib from 'node:zlib'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import Fastify, { type FastifyInstance } from 'fastify'
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { installCaching } from './caching.js'
import type { Config } from './config.js'
import { contentVersion, readiness, type Database } from './db/engine.js'
import { registerDocs } from './docs.js'
import { ProblemError, frameworkErrors, installErrorHandlers } from './errors.js'
import { healthRoutes } from './health.js'
import { siteRoutes } from './site.js'
import { installSecurityHeaders } from './security.js'
import { serializerCompiler } from './serializer.js'
import { failureGuard, keyRing } from './auth.js'
import { extractionPool } from './extract/pool.js'
import { articleRoutes } from './resources/articles/routes.js'
import type { Extractor } from './resources/articles/store.js'
import { auditRoutes } from './resources/audit/routes.js'
import { entityRoutes } from './resources/entities/routes.js'
import { keyed as keyedAccess } from './resources/keyed.js'
import { marketEventRoutes } from './resources/market-events/routes.js'
import { searchRoutes } from './resources/search/routes.js'
import { statementRoutes } from './resources/statements/routes.js'
import { storesFor } from './resources/stores.js'

export interface AppOptions {
  config: Omit<Config, 'port' | 'host' | 'databasePath'>
  /** The SQLite file (openDb) or a PostgreSQL pool (openPg); the caller opens and closes it. */
  db: Database
  /** What POST /v1/articles runs on a body: src/extract in a worker pool, unless a test stubs it with a chosen result. */
  extractor?: Extractor
}

/** Bounds on what one request may cost; documented in the README and the OpenAPI description. */
export const LIMITS = {
  bodyBytes: 1_048_576,
  /** Time to receive a whole request, and how long an idle connection stays open. */
  requestTimeoutMs: 30_000,
  idleConnectionMs: 30_000,
  keepAliveMs: 72_000,
  pathParamChars: 200
} as const

export async function buildApp ({ config, db, extractor }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // ISO 8601 like every other timestamp the service writes, readable without conversion.
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]']
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: LIMITS.pathParamChars },
    bodyLimit: LIMITS.bodyBytes,
    requestTimeout: LIMITS.requestTimeoutMs,
    connectionTimeout: LIMITS.idleConnectionMs,
    keepAliveTimeout: LIMITS.keepAliveMs,
    // A hop count trusts that many proxies nearest the server.
    trustProxy: typeof config.trustProxy === 'number' ? ((_address: string, hop: number) => hop < (config.trustProxy as number)) : config.trustProxy,
    frameworkErrors
  }).withTypeProvider<ZodTypeProvider>()

  // Every body the API takes is JSON: anything else is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain')
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandlers(app)

  installSecurityHeaders(app)
  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    // Browser apps need these to page (Link), revalidate (ETag) and count (X-Total-Count).
    exposedHeaders: ['Link', 'ETag', 'X-Total-Count', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 86400
  })
  if (config.rateLimitMax > 0 || config.writeRateLimitMax > 0) {
    await app.register(rateLimit, {
      // Reads are limited per client when RATE_LIMIT_MAX > 0; writes carry their own per-key limit.
      global: config.rateLimitMax > 0,
      max: config.rateLimitMax,
      timeWindow: config.rateLimitWindowMs,
      errorResponseBuilder: (_request, context) =>
        new ProblemError(429, 'rate_limited', `Too many requests: at most ${context.max} per ${context.after}. Retry after the number of seconds in Retry-After.`)
    })
  }
  if (config.maxEventLoopDelayMs > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: config.maxEventLoopDelayMs,
      sampleInterval: 250,
      retryAfter: 10,
      pressureHandler: async (_request, reply) => {
        reply.header('retry-after', '10')
        throw new ProblemError(503, 'overloaded', 'The server is overloaded. Retry after the number of seconds in Retry-After.')
      }
    })
  }
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default quality (11) costs more CPU than a live API should spend per response.
    // Flushing every write lets a streamed export's first rows out at once: otherwise the
    // compressor holds them until its buffer fills, which for a small export is its end.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 }, flush: zlib.constants.BROTLI_OPERATION_FLUSH },
    zlibOptions: { flush: zlib.constants.Z_SYNC_FLUSH }
  })
  installCaching(app, contentVersion(db), config.responseCacheMb * 1024 * 1024)

  await registerDocs(app)

  await app.register(healthRoutes, { ready: readiness(db), underPressure: config.maxEventLoopDelayMs > 0 })
  siteRoutes(app)
  // Off the event loop: a long article costs its worker time, never the readers'.
  let extractInPool = extractor
  if (!extractInPool) {
    const pool = extractionPool(config.extraction)
    app.addHook('onClose', pool.close)
    extractInPool = pool.extract
  }
  // Routes get stores, never the database: every query and write lives in a store.
  const stores = await storesFor(db, extractInPool)
  // One failure guard for every keyed route, whichever resource it belongs to.
  const keyed = keyedAccess({
    ring: keyRing(config.apiKeys),
    guard: failureGuard(config.authFailures),
    writeLimit: { max: config.writeRateLimitMax, timeWindow: config.rateLimitWindowMs }
  })
  // The order of registration is the order of the OpenAPI document's paths.
  await app.register(async (v1) => {
    await v1.register(statementRoutes, { store: stores.statements, entities: stores.entities, keyed })
    await v1.register(entityRoutes, { store: stores.entities, statements: stores.statements, marketEvents: stores.marketEvents, keyed })
    await v1.register(articleRoutes, { store: stores.articles, keyed })
    await v1.register(marketEventRoutes, { store: stores.marketEvents })
    await v1.register(searchRoutes, { store: stores.search })
    await v1.register(auditRoutes, { store: stores.audit, keyed })
  }, { prefix: '/v1' })

  return app
}
