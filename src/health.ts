// Liveness and readiness probes: /healthz says the process is up, /readyz that the database answers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ping, type Db } from './db/index.js'
import { ProblemError, problemResponses } from './errors.js'
import { ok } from './resources/shared.js'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health', examples: [{ status: 'ok' }] })

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/healthz', {
    schema: {
      operationId: 'getHealth',
      tags: ['health'],
      summary: 'Liveness probe',
      description: 'Answers 200 while the process is up. It does not touch the database, so a slow disk never restarts a healthy process.',
      response: { 200: ok(Health, 'The process is up.'), ...problemResponses(500) }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/readyz', {
    schema: {
      operationId: 'getReadiness',
      tags: ['health'],
      summary: 'Readiness probe',
      description: 'Answers 200 when the database answers a query, 503 otherwise, so a load balancer sends traffic only to instances that can serve it.',
      response: { 200: ok(Health, 'The database answers.'), ...problemResponses(500, 503) }
    }
  }, async () => {
    if (!ping(db)) throw new ProblemError(503, 'not_ready', 'The database does not answer.')
    return { status: 'ok' as const }
  })
}
