// The one error shape (RFC 9457 problem+json), its codes, and the handlers that produce it on every path.
import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { MAX, int32, str } from './limits.js'

export const PROBLEM_TYPE = 'application/problem+json'

const FieldError = z.object({
  location: z.enum(['query', 'path', 'header', 'body']).describe('Where the offending value was sent.'),
  name: str(MAX.name).describe('The parameter or body field at fault; empty when the whole part is at fault.'),
  message: str(MAX.label).describe('What is wrong with it, in words a person can act on.')
}).meta({ id: 'FieldError' })

/** Field errors listed in one problem; past it, one more entry counts the rest, so a request with 60,000 bad keys gets a small answer. */
export const MAX_FIELD_ERRORS = 20

export const Problem = z.object({
  type: str(MAX.url).describe('A URI reference naming the problem type; `about:blank` means the HTTP status says it all.'),
  title: str(MAX.name).describe('The HTTP status phrase.'),
  status: int32(400, 599).describe('The HTTP status code, repeated for clients that lose it.'),
  detail: str(MAX.label).describe('What went wrong with this request. Never contains internals.'),
  instance: str(MAX.url).describe('The path of the request that failed.'),
  code: str(MAX.name).describe('A stable machine-readable code: `validation_failed`, `not_found`, `route_not_found`, `internal_error`, or a lower-cased Fastify error code for other client errors.'),
  errors: z.array(FieldError).max(MAX_FIELD_ERRORS + 1).optional().describe(`One entry per invalid field (validation failures only), at most ${MAX_FIELD_ERRORS}; past that, a last entry with an empty \`name\` says how many more were left out.`)
}).meta({
  id: 'Problem',
  description: 'An RFC 9457 problem details object, served as `application/problem+json` for every error.',
  examples: [{
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'The request has 1 invalid field.',
    instance: '/v1/statements?limit=500',
    code: 'validation_failed',
    errors: [{ location: 'query', name: 'limit', message: 'Must be a whole number from 1 to 100.' }]
  }]
})

export type Problem = z.infer<typeof Problem>
type FieldError = z.infer<typeof FieldError>

/** An error a handler throws to answer with a given problem (404 for an unknown id, 400 for a bad cursor). */
export class ProblemError extends Error {
  constructor (readonly status: number, readonly code: string, detail: string, readonly errors?: FieldError[]) {
    super(detail)
  }
}

export const notFound = (what: string, id: string) =>
  new ProblemError(404, 'not_found', `No ${what} has the id ${JSON.stringify(id)}.`)

/** Thrown where a resource moved for good (a merged entity): the answer is a 301 to `location`, not a problem. */
export class MovedPermanently extends Error {
  constructor (readonly location: string) {
    super(`Moved to ${location}`)
  }
}

export const conflict = (detail: string) => new ProblemError(409, 'conflict', detail)

export const invalidField = (where: FieldError['location'], name: string, message: string) =>
  new ProblemError(400, 'validation_failed', 'The request has 1 invalid field.', [{ location: where, name, message }])

/** The documented error responses of an operation, keyed by status, for a route's `response` schema. */
export function problemResponses<S extends number> (...statuses: S[]) {
  const descriptions: Record<number, string> = {
    400: 'A parameter or body field is malformed or unknown; `errors` lists each one.',
    401: 'No API key, or not a valid one; `WWW-Authenticate` says how to send one.',
    403: 'Writes are disabled: this server has no API keys configured.',
    404: 'No resource has this id.',
    409: 'The write conflicts with what is stored (`conflict`: the id is taken, or the resource is still referred to; `detail` says which), or something it names was removed by a write at the same moment (`concurrent_change`: retry).',
    413: 'The body is larger than 1 MiB.',
    414: 'A path parameter is longer than 200 characters.',
    415: 'The body is not `application/json`.',
    422: 'The article could not be extracted within its time budget (`extraction_timeout`); nothing was written.',
    500: 'The server failed; the body never shows internals.',
    507: 'The server has no room left for this write (`storage_full`); nothing was written.',
    503: 'The service cannot serve requests right now (overloaded, every extraction worker busy, or the database busy, read-only, too slow or unreachable); retry after `Retry-After` seconds.'
  }
  return Object.fromEntries(statuses.map((s) => [s, {
    description: descriptions[s] ?? STATUS_CODES[s] ?? 'Error',
    content: { [PROBLEM_TYPE]: { schema: Problem } }
  }])) as Record<S, { description: string, content: { [PROBLEM_TYPE]: { schema: typeof Problem } } }>
}

// Parameter names come from the client; keep error bodies small whatever it sends.
const clip = (name: string) => (name.length > 100 ? `${name.slice(0, 100)}…` : name)

const LOCATIONS: Record<string, FieldError['location']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' }

function problem (request: FastifyRequest, status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    // The path alone: echoing a long query string back would let a client inflate error bodies.
    instance: request.url.split('?')[0] ?? request.url,
    code,
    ...(errors ? { errors } : {})
  }
}

function sendProblem (reply: FastifyReply, body: Problem) {
  return reply.code(body.status).type(PROBLEM_TYPE).send(body)
}

function bounded (errors: FieldError[]): FieldError[] {
  if (errors.length <= MAX_FIELD_ERRORS) return errors
  const rest = errors.length - MAX_FIELD_ERRORS
  return [...errors.slice(0, MAX_FIELD_ERRORS), { location: errors[MAX_FIELD_ERRORS]!.location, name: '', message: `${rest} more invalid field${rest === 1 ? '' : 's'} not listed.` }]
}

function validationErrors (err: FastifyError & { validationContext?: string }): FieldError[] {
  const where = LOCATIONS[err.validationContext ?? ''] ?? 'query'
  return (err.validation ?? []).flatMap((v) => {
    const name = v.instancePath.replace(/^\//, '').replaceAll('/', '.')
    const unknown = (v.params as { keys?: unknown }).keys
    if (v.keyword === 'unrecognized_keys' && Array.isArray(unknown)) {
      return unknown.map((key) => ({ location: where, name: clip(String(key)), message: `Unknown ${where === 'query' ? 'parameter' : 'field'}; see the operation's documented parameters.` }))
    }
    return [{ location: where, name, message: v.message ?? 'Invalid value.' }]
  })
}

/**
 * Fastify answers a few errors before any route runs (an undecodable URL); this handler, passed
 * as the `frameworkErrors` option, gives them the same shape.
 */
export function frameworkErrors (err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode ?? 400
  return sendProblem(reply, problem(request, status, (err.code ?? 'client_error').toLowerCase(), err.message))
}

/**
 * What a failed query means for the client, by the engine's error code (a failed transaction has
 * rolled back, so nothing was written): a full disk, a database that turned read-only, a lock held
 * too long by another writer, a statement past its time limit, or a database that cannot be reached.
 * drizzle wraps PostgreSQL's errors, so the causes are read too.
 */
function storageProblem (err: Error & { code?: unknown }): { status: number, code: string, detail: string } | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const raw: unknown = (e as Error & { code?: unknown }).code
    const code = typeof raw === 'string' ? raw : ''
    const problem = SQLITE_PROBLEMS.find(([prefix]) => code.startsWith(prefix))?.[1] ??
      (code === '' ? undefined : PG_PROBLEMS[code] ?? PG_PROBLEMS[code.slice(0, 3)] ?? PG_PROBLEMS[code.slice(0, 2)])
    if (problem) return STORAGE_PROBLEMS[problem]
  }
  return undefined
}

const STORAGE_PROBLEMS = {
  full: { status: 507, code: 'storage_full', detail: 'The server has no room left to store this write, so nothing was written. Retry once space has been freed.' },
  readOnly: { status: 503, code: 'storage_read_only', detail: 'The database cannot be written right now, so nothing was written. Reads still work; retry later.' },
  busy: { status: 503, code: 'storage_busy', detail: 'The database is busy with another writer, so nothing was written. Retry after the number of seconds in Retry-After.' },
  slow: { status: 503, code: 'storage_timeout', detail: 'The database took too long to answer, so the query was cancelled and nothing was written. Retry after the number of seconds in Retry-After.' },
  unavailable: { status: 503, code: 'storage_unavailable', detail: 'The database cannot be reached right now, so nothing was written. Retry after the number of seconds in Retry-After.' },
  // An entity merged or deleted while a write naming it (an ingestion, a correction) was under way.
  changed: { status: 409, code: 'concurrent_change', detail: 'Something this write refers to was removed by another write at the same moment, so nothing was written. Retry: it will see what is there now.' }
} as const
type StorageProblem = keyof typeof STORAGE_PROBLEMS

// SQLite's extended result codes, by prefix.
const SQLITE_PROBLEMS: [string, StorageProblem][] = [['SQLITE_FULL', 'full'], ['SQLITE_IOERR_WRITE', 'full'], ['SQLITE_READONLY', 'readOnly'], ['SQLITE_BUSY', 'busy'], ['SQLITE_CONSTRAINT_FOREIGNKEY', 'changed']]

// PostgreSQL's SQLSTATEs, by code or by class (its first two characters), and node's own network errors.
const PG_PROBLEMS: Record<string, StorageProblem> = {
  53100: 'full', // disk_full
  23503: 'changed', // foreign_key_violation
  25006: 'readOnly', // read_only_sql_transaction: a hot standby, or default_transaction_read_only
  40001: 'busy', // serialization_failure
  '40P01': 'busy', // deadlock_detected
  '55P03': 'busy', // lock_not_available
  57014: 'slow', // query_canceled: statement_timeout
  '08': 'unavailable', // connection exceptions
  '57P': 'unavailable', // admin_shutdown, crash_shutdown, cannot_connect_now
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ETIMEDOUT: 'unavailable'
}

/** Installs the error and not-found handlers so every failure answers with one problem+json shape. */
export function installErrorHandlers (app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof MovedPermanently) return reply.redirect(err.location, 301)
    if (err instanceof ProblemError) {
      return sendProblem(reply, problem(request, err.status, err.code, err.message, err.errors))
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = validationErrors(err)
      const detail = `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`
      return sendProblem(reply, problem(request, 400, 'validation_failed', detail, bounded(errors)))
    }
    const storage = storageProblem(err)
    if (storage) {
      request.log.error({ err }, 'storage failed')
      if (storage.status === 503) reply.header('retry-after', '10')
      return sendProblem(reply, problem(request, storage.status, storage.code, storage.detail))
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (body too large, bad content type) carry safe messages.
      return frameworkErrors(err, request, reply)
    }
    request.log.error({ err }, 'request failed')
    return sendProblem(reply, problem(request, 500, 'internal_error', 'The server could not complete this request. It has been logged.'))
  })

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(request, 404, 'route_not_found', `No route matches ${request.method} ${request.url.split('?')[0]}. The API is described at /openapi.json.`))
  )
}
