// buildApp({ config, db }): the Fastify instance with its compilers, error shape, OpenAPI docs and every route; used unchanged by tests and production.
import zlib from 'node:zlib'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { installCaching } from './caching.js'
import type { Config } from './config.js'
import type { Db } from './db/index.js'
import { registerDocs } from './docs.js'
import { frameworkErrors, installErrorHandlers } from './errors.js'
import { healthRoutes } from './health.js'
import { articleQueries } from './resources/articles/queries.js'
import { articleRoutes } from './resources/articles/routes.js'
import { entityQueries } from './resources/entities/queries.js'
import { entityRoutes } from './resources/entities/routes.js'
import { marketEventQueries } from './resources/market-events/queries.js'
import { marketEventRoutes } from './resources/market-events/routes.js'
import { statementQueries } from './resources/statements/queries.js'
import { statementRoutes } from './resources/statements/routes.js'
import { searchQueries } from './resources/search/queries.js'
import { searchRoutes } from './resources/search/routes.js'

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'corsOrigins'>
  db: Db
}

export async function buildApp ({ config, db }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]']
    },
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandlers(app)

  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    // Browser apps need these to page (Link), revalidate (ETag) and count (X-Total-Count).
    exposedHeaders: ['Link', 'ETag', 'X-Total-Count'],
    maxAge: 86400
  })
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default quality (11) costs more CPU than a live API should spend per response.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }
  })
  installCaching(app, db)

  await registerDocs(app)

  await app.register(healthRoutes, { db })
  const queries = {
    articles: articleQueries(db),
    entities: entityQueries(db),
    statements: statementQueries(db),
    marketEvents: marketEventQueries(db),
    search: searchQueries(db)
  }
  await app.register(async (v1) => {
    await v1.register(statementRoutes, { queries: queries.statements })
    await v1.register(entityRoutes, { queries })
    await v1.register(articleRoutes, { queries: queries.articles })
    await v1.register(marketEventRoutes, { queries: queries.marketEvents })
    await v1.register(searchRoutes, { queries: queries.search })
  }, { prefix: '/v1' })

  return app
}
