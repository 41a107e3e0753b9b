// Configuration: the environment variables the service reads, validated with zod into a typed Config.
import { availableParallelism } from 'node:os'
import { z } from 'zod'

const wholeNumber = (max: number) => z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)
  .pipe(z.number().int().max(max, `must be at most ${max}`))

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const

/** "500ms", "30s", "1m", "1h", or milliseconds. */
const duration = z.string().regex(/^\d+(ms|s|m|h)?$/, 'must be a duration such as 30s, 1m, 1h or a number of milliseconds')
  .transform((value) => {
    const [, amount, unit] = /^(\d+)(ms|s|m|h)?$/.exec(value)!
    return Number(amount) * DURATION_UNITS[(unit ?? 'ms') as keyof typeof DURATION_UNITS]
  })
  .pipe(z.number().int().min(1, 'must be longer than 0'))

/** A PostgreSQL connection URL, as both drivers and libpq read it. */
const postgresUrl = z.string().refine((value) => {
  if (!/^postgres(ql)?:\/\//.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}, 'must be a postgres:// or postgresql:// URL such as postgres://user:password@db.example:5432/who_said_what')

export const configSchema = z.object({
  PORT: wholeNumber(65535).default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('data/who-said-what.db'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: wholeNumber(100).pipe(z.number().min(1, 'must be at least 1')).default(10),
  DATABASE_STATEMENT_TIMEOUT: duration.default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().default('*').transform((value, ctx) => {
    if (value.trim() === '*') return '*' as const
    const origins = value.split(',').map((o) => o.trim()).filter((o) => o.length > 0)
    for (const origin of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) ctx.addIssue({ code: 'custom', message: `must be * or a comma-separated list of origins such as https://app.example.com (bad: ${origin})` })
    }
    return origins
  }),
  RATE_LIMIT_MAX: wholeNumber(1_000_000_000).default(600),
  RATE_LIMIT_WINDOW: duration.default(60_000),
  MAX_EVENT_LOOP_DELAY_MS: wholeNumber(600_000).default(1000),
  RESPONSE_CACHE_MB: wholeNumber(65_536).default(64),
  API_KEYS: z.string().default('').transform((value, ctx) => {
    const keys: { id: string, secret: string }[] = []
    for (const [index, entry] of value.split(',').map((e) => e.trim()).filter((e) => e.length > 0).entries()) {
      const colon = entry.indexOf(':')
      const [id, secret] = colon === -1 ? [undefined, entry] : [entry.slice(0, colon), entry.slice(colon + 1)]
      // A client sends "Bearer <key>", which cannot carry a space: such a key could never authenticate.
      if (/\s/.test(secret)) ctx.addIssue({ code: 'custom', message: `entry ${index + 1} has a space or other blank in its key, so no request could ever present it` })
      else if (secret.length < 16) ctx.addIssue({ code: 'custom', message: 'each key must be at least 16 characters (write "id:key" or just "key")' })
      else if (id !== undefined && !/^[a-z0-9][a-z0-9_-]{0,31}$/i.test(id)) ctx.addIssue({ code: 'custom', message: `key ids are 1-32 letters, digits, - or _ (bad: ${id})` })
      else keys.push({ id: id ?? '', secret })
    }
    return keys
  }),
  WRITE_RATE_LIMIT_MAX: wholeNumber(1_000_000).default(60),
  AUTH_FAILURES_MAX: wholeNumber(1_000_000).default(10),
  AUTH_FAILURES_WINDOW: duration.default(60_000),
  // One core stays with the event loop; past four, extraction is no longer what limits ingestion (SQLite's one writer is).
  EXTRACT_THREADS: wholeNumber(64).pipe(z.number().min(1, 'must be at least 1')).default(Math.max(1, Math.min(4, availableParallelism() - 1))),
  EXTRACT_TIMEOUT: duration.default(20_000),
  EXTRACT_QUEUE: wholeNumber(10_000).pipe(z.number().min(1, 'must be at least 1')).default(64),
  // Where a worker and the event loop share a core, readers wait behind extraction unless it
  // yields. bench:ingest on one core: 4 doubles the reads served during ingestion for the same
  // articles a second; 10 quadruples them and halves ingestion; 19 nearly stops it.
  EXTRACT_NICE: wholeNumber(19).default(4),
  TRUST_PROXY: z.string().default('false').transform((value, ctx) => {
    if (value === 'true' || value === 'false') return value === 'true'
    if (/^\d+$/.test(value)) return Number(value)
    const addresses = value.split(',').map((a) => a.trim())
    if (addresses.every((a) => /^[\da-f.:/]+$/i.test(a))) return addresses
    ctx.addIssue({ code: 'custom', message: 'must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses' })
    return false
  })
})

export interface Config {
  port: number
  host: string
  databasePath: string
  /** PostgreSQL instead of the SQLite file at databasePath, when set. */
  databaseUrl: string | undefined
  /** PostgreSQL's connections per process, and the time any one statement may run before the server cancels it. */
  databasePool: { max: number, statementTimeoutMs: number }
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL']
  /** Browser origins allowed to call the API: '*' for any, or a list. */
  corsOrigins: '*' | string[]
  /** Requests a client may make per window; 0 turns rate limiting off. */
  rateLimitMax: number
  rateLimitWindowMs: number
  /** Mean event-loop delay beyond which requests are shed with 503; 0 turns shedding off. */
  maxEventLoopDelayMs: number
  /** Memory for serialized responses kept by ETag; 0 turns the cache off. */
  responseCacheMb: number
  /** Keys that may write, each with an id for the audit log (derived from the key when not given). */
  apiKeys: { id: string, secret: string }[]
  /** Writes a key may make per RATE_LIMIT_WINDOW; 0 turns the write limit off. */
  writeRateLimitMax: number
  /** Which proxies' X-Forwarded-For to believe when telling clients apart (Fastify's trustProxy). */
  trustProxy: boolean | number | string[]
  /** Failed authentications a client may make per window before every keyed route answers it 429; max 0 turns the guard off. */
  authFailures: { max: number, windowMs: number }
  /** Worker threads that extract posted articles, the time budget of one article, and how many may wait. */
  extraction: { threads: number, timeoutMs: number, maxQueue: number, nice: number }
}

/** Raised for invalid settings; the message lists every bad variable on its own line. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const SECRET_VARIABLES = new Set(['API_KEYS', 'DATABASE_URL'])

/** Reads the service's settings from `env` (unset and empty variables take their defaults). */
export function loadConfig (env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = configSchema.safeParse(present)
  if (!parsed.success) {
    // Never echo a secret back, even a malformed one: keys, and the password a database URL may carry.
    const shown = (name: string) => (SECRET_VARIABLES.has(name) ? 'value not shown' : `got ${JSON.stringify(present[name])}`)
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (${shown(String(i.path[0]))})`)
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`)
  }
  const c = parsed.data
  return {
    port: c.PORT,
    host: c.HOST,
    databasePath: c.DATABASE_PATH,
    databaseUrl: c.DATABASE_URL,
    databasePool: { max: c.DATABASE_POOL_MAX, statementTimeoutMs: c.DATABASE_STATEMENT_TIMEOUT },
    logLevel: c.LOG_LEVEL,
    corsOrigins: c.CORS_ORIGINS,
    rateLimitMax: c.RATE_LIMIT_MAX,
    rateLimitWindowMs: c.RATE_LIMIT_WINDOW,
    maxEventLoopDelayMs: c.MAX_EVENT_LOOP_DELAY_MS,
    responseCacheMb: c.RESPONSE_CACHE_MB,
    apiKeys: c.API_KEYS,
    writeRateLimitMax: c.WRITE_RATE_LIMIT_MAX,
    trustProxy: c.TRUST_PROXY,
    authFailures: { max: c.AUTH_FAILURES_MAX, windowMs: c.AUTH_FAILURES_WINDOW },
    extraction: { threads: c.EXTRACT_THREADS, timeoutMs: c.EXTRACT_TIMEOUT, maxQueue: c.EXTRACT_QUEUE, nice: c.EXTRACT_NICE }
  }
}
