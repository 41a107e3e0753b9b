// API documentation: the OpenAPI 3.1 document generated from route schemas, served at /openapi.json and /openapi.yaml, and Swagger UI at /docs.
import { readFileSync } from 'node:fs'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { WWW_AUTHENTICATE } from './auth.js'
import { CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from './caching.js'
import { PROBLEM_TYPE } from './errors.js'
import { INT32_MAX, MAX } from './limits.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string, description: string }

const API_DESCRIPTION = `${pkg.description}

Every statement carries the exact characters it comes from: \`text\` equals \`article.body.slice(span.start, span.end)\`.

**Lists** answer \`{ "data": [...], "page": { "limit", "nextCursor" } }\`; pass \`nextCursor\` back as \`cursor\` for the next page (it is also in the \`Link: <...>; rel="next"\` header). **Errors** are RFC 9457 \`application/problem+json\` objects with a stable \`code\` and, for invalid input, one entry per field in \`errors\`.

**Writes** (ingesting articles, correcting or deleting statements, reading the audit log) need \`Authorization: Bearer <key>\` with a key from the server's \`API_KEYS\`: 401 with \`WWW-Authenticate\` without a valid one, 403 when the server has none. Reads are public. What ingestion extracts is marked \`origin: "extracted"\` with a \`confidence\`; hand-checked items are \`origin: "curated"\`. A statement whose speaker could not be resolved has \`speaker: null\`; list what needs review with \`origin=extracted\`, \`maxConfidence\` and \`hasSpeaker=false\`.

**Limits**: \`limit\` 1–100, \`q\` up to 500 characters, ids up to 100 and path parameters up to 200 characters, bodies up to 1 MiB (an article body up to 200,000 characters), 30 s to send a request. Each client may make \`RATE_LIMIT_MAX\` requests per \`RATE_LIMIT_WINDOW\` (600 a minute by default; \`X-RateLimit-*\` headers count them, 429 with \`Retry-After\` past them), and each key \`WRITE_RATE_LIMIT_MAX\` writes (60 by default). An overloaded server answers 503 with \`Retry-After\`.`

type Doc = ReturnType<typeof jsonSchemaTransformObject>

// Relative, so Swagger UI and generated clients call whichever host serves the document; a public API (x-internal: false).
const SERVERS = [{ url: '/', description: 'Whichever deployment serves this document (local, staging or production).', 'x-internal': false }]
interface OpenApiParts { paths?: unknown, components?: { schemas?: Record<string, unknown> } }

/**
 * The zod provider emits an input and an output copy of every registered schema; keep only
 * the components the paths reach, so the document lists each shape once.
 */
export function pruneComponents (doc: Doc): Doc {
  const parts = doc as OpenApiParts
  const schemas = parts.components?.schemas ?? {}
  const reached = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/components/schemas/', '')
        if (!reached.has(name)) {
          reached.add(name)
          visit(schemas[name])
        }
      } else {
        visit(value)
      }
    }
  }
  visit(parts.paths)
  const kept = Object.fromEntries(Object.keys(schemas).sort().filter((name) => reached.has(name)).map((name) => [name, schemas[name]]))
  return { ...doc, components: { ...parts.components, schemas: kept } } as Doc
}

const int32Schema = { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX }
const header = (description: string, schema: object, example: unknown) => ({ description, schema, example })

const CACHE_HEADERS = {
  ETag: header('The representation\'s validator: send it back in `If-None-Match` to revalidate. It changes with any write to the knowledge base.', { type: 'string', maxLength: 64, pattern: '^W/"[0-9a-z]+-[\\w-]+"$' }, 'W/"3f-Gx9mQ2c1Zt0aB7kP"'),
  'Cache-Control': header('Shared caches may keep the response for a minute, and serve it stale for another while revalidating.', { type: 'string', enum: [CACHE_CONTROL] }, CACHE_CONTROL)
}

// A response to a request with credentials is the key holder's alone: no shared cache may keep it.
const PRIVATE_CACHE_HEADERS = {
  ETag: CACHE_HEADERS.ETag,
  'Cache-Control': header('Only the client may keep the response, and must revalidate it before reuse.', { type: 'string', enum: [PRIVATE_CACHE_CONTROL] }, PRIVATE_CACHE_CONTROL)
}

const LIST_HEADERS = {
  Link: header('The next page, `<url>; rel="next"`; absent on the last page.', { type: 'string', maxLength: MAX.url }, '</v1/statements?limit=20&cursor=eyJzIjoiLWRhdGUiLCJrIjpbIjIwMjUiLCJkZWVwc2Vlay1yZWFjdGlvbnMiLDIwXX0>; rel="next"'),
  'X-Total-Count': header('How many items match, whatever the page; only with `count=true`.', int32Schema, 31)
}

const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': header('Requests a client may make per window (absent when rate limiting is off).', int32Schema, 600),
  'X-RateLimit-Remaining': header('Requests left in the current window.', int32Schema, 599),
  'X-RateLimit-Reset': header('Seconds until the window resets.', int32Schema, 60)
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': header('`*`, or the calling origin when `CORS_ORIGINS` lists it.', { type: 'string', maxLength: MAX.url }, '*')
}

const RETRY_AFTER = { 'Retry-After': header('Seconds to wait before retrying.', int32Schema, 60) }

// Probes answer orchestrators, not clients: they are neither cached nor rate limited.
const PROBES = new Set(['/healthz', '/readyz'])

interface Parameter { name: string, in: string, required?: boolean, example?: unknown, schema?: Record<string, unknown> }

/**
 * Swagger UI's "Try it out" fills every input with its parameter's `example`, so a reader who
 * types an id and presses Execute would send every filter's example at once and get an empty
 * list. Optional parameters keep their example in the schema (`examples`), which it shows but
 * does not send; required ones and `limit` keep theirs, which make a sensible first request.
 */
function exampleWithoutPrefill (parameter: object): object {
  const p = parameter as Parameter
  if (p.required || p.name === 'limit' || p.example === undefined) return p
  const { example, ...rest } = p
  return { ...rest, schema: { ...p.schema, examples: [example] } }
}

interface Response { content?: Record<string, unknown>, headers?: Record<string, unknown>, description: string }
interface Operation { parameters?: object[], responses: Record<string, Response>, security?: object[] }

/**
 * What the routes' schemas cannot say: caching headers (private ones where a key is needed),
 * conditional requests and their 304 on every GET, paging headers on lists (those that also export CSV), rate-limit headers and
 * 429s where rate limiting applies, and CORS on every response. Each response gets its own
 * copy, so the YAML has no anchors.
 */
export function documentHttpHeaders (doc: Doc): Doc {
  const paths = (doc as { paths?: Record<string, Record<string, Operation>> }).paths ?? {}
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      // Public reads say so; writes declared their bearer scheme on the route.
      op.security ??= []
      const probe = PROBES.has(path)
      const ok = op.responses['200']
      if (ok && !probe && method === 'get') {
        const isList = ok.content?.['text/csv'] !== undefined
        const cache = op.security.length > 0 ? PRIVATE_CACHE_HEADERS : CACHE_HEADERS
        ok.headers = { ...ok.headers, ...cache, ...(isList ? LIST_HEADERS : {}) }
        op.parameters = [...(op.parameters ?? []), {
          in: 'header',
          name: 'If-None-Match',
          required: false,
          description: 'The `ETag` of a response you hold; answered with 304 and no body while it is current.',
          schema: { type: 'string', maxLength: 1024 },
          example: 'W/"3f-Gx9mQ2c1Zt0aB7kP"'
        }]
        op.responses['304'] = { description: 'Not Modified: the representation you hold (`If-None-Match`) is current.', headers: { ...cache } }
      }
      op.parameters = op.parameters?.map(exampleWithoutPrefill)
      for (const [status, where] of [['201', 'The new resource.'], ['301', 'Where the resource is now, with the rest of the path and the query kept.']] as const) {
        const response = op.responses[status]
        if (response) response.headers = { ...response.headers, Location: header(where, { type: 'string', maxLength: 4096 }, undefined) }
      }
      const unauthorized = op.responses['401']
      if (unauthorized) unauthorized.headers = { ...unauthorized.headers, 'WWW-Authenticate': header('How to authenticate: a bearer key.', { type: 'string', enum: [WWW_AUTHENTICATE] }, WWW_AUTHENTICATE) }
      if (!probe) {
        op.responses['429'] = {
          description: 'Too many requests from this client; retry after `Retry-After` seconds.',
          headers: { ...RETRY_AFTER },
          content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } }
        }
      }
      for (const [status, response] of Object.entries(op.responses)) {
        const limited = !probe && /^[24]/.test(status) && status !== '304'
        response.headers = JSON.parse(JSON.stringify({ ...response.headers, ...(limited ? RATE_LIMIT_HEADERS : {}), ...CORS_HEADERS }))
      }
    }
  }
  return doc
}

/** Registers the document generator and its routes on the root instance, so it sees every route registered after it. */
export async function registerDocs (app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Who said what',
        version: pkg.version,
        description: API_DESCRIPTION,
        license: { name: 'MIT', identifier: 'MIT' }
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key from the server\'s API_KEYS. Reads are public; writes need a key.' }
        }
      },
      tags: [
        { name: 'statements', description: 'Quotes and reported claims, each attributed to a speaker when it can be resolved, and tied to its exact span.' },
        { name: 'entities', description: 'People, organizations, products, platforms and concepts, with aliases and affiliations.' },
        { name: 'articles', description: 'Source articles with their bodies, mentions and quoted terms.' },
        { name: 'market-events', description: 'Share-price, market-value and index moves, and sums tied to organizations (deal values, results, fines), that articles report.' },
        { name: 'search', description: 'Relevance-ranked full-text search across statements, entities and articles.' },
        { name: 'audit', description: 'The log of every write.' },
        { name: 'health', description: 'Probes for orchestrators and load balancers.' }
      ]
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => ({ ...documentHttpHeaders(pruneComponents(jsonSchemaTransformObject(doc))), servers: SERVERS })
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/yaml; charset=utf-8').send(app.swagger({ yaml: true })))
}
