// Liveness and readiness probes: /healthz says the process is up, /readyz that the database answers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ProblemError, problemResponses } from './errors.js'
import { noQuery } from './resources/contract.js'
import { ok } from './resources/responses.js'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health', examples: [{ status: 'ok' }] })

// Probes are exempt from rate limiting and from ETags (a probe must reach the server), and /healthz from
// load shedding: a busy process is still alive.
const probe = { rateLimit: false as const, etag: false as const }

export const healthRoutes: FastifyPluginAsyncZod<{ ready: () => Promise<boolean>, underPressure: boolean }> = async (app, { ready, underPressure }) => {
  app.get('/healthz', {
    config: { ...probe, pressureHandler: () => undefined },
    schema: {
      operationId: 'getHealth',
      tags: ['health'],
      summary: 'Liveness probe',
      description: 'Answers 200 while the process is up. It does not touch the database, so a slow disk never restarts a healthy process.',
      querystring: noQuery,
      response: { 200: ok(Health, 'The process is up.'), ...problemResponses(400, 500) }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/readyz', {
    config: probe,
    schema: {
      operationId: 'getReadiness',
      tags: ['health'],
      summary: 'Readiness probe',
      description: 'Answers 200 when the database answers a query and the process is not overloaded, 503 (with Retry-After) otherwise, so a load balancer sends traffic only to instances that can serve it.',
      querystring: noQuery,
      response: { 200: ok(Health, 'The database answers.'), ...problemResponses(400, 500, 503) }
    }
  }, async () => {
    if (!await ready()) throw new ProblemError(503, 'not_ready', 'The database does not answer.')
    if (underPressure && app.isUnderPressure()) throw new ProblemError(503, 'overloaded', 'The server is overloaded.')
    return { status: 'ok' as const }
  })
}
