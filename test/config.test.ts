// Configuration: defaults, every variable read, and one clear message listing each bad value.
import { availableParallelism } from 'node:os'
import t from 'tap'
import { loadConfig } from '../src/config.js'

t.test('defaults', async (t) => {
  t.same(loadConfig({}), {
    port: 3000, host: '127.0.0.1', databasePath: 'data/who-said-what.db', databaseUrl: undefined, databasePool: { max: 10, statementTimeoutMs: 5000 },
    logLevel: 'info', corsOrigins: '*',
    rateLimitMax: 600, rateLimitWindowMs: 60_000, maxEventLoopDelayMs: 1000, responseCacheMb: 64, trustProxy: false,
    apiKeys: [], writeRateLimitMax: 60, authFailures: { max: 10, windowMs: 60_000 },
    extraction: { threads: Math.max(1, Math.min(4, availableParallelism() - 1)), timeoutMs: 20_000, maxQueue: 64, nice: 4 }
  })
})

t.test('reads every variable; empty means unset', async (t) => {
  t.same(loadConfig({
    PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/var/lib/wsw/kb.db', DATABASE_URL: 'postgres://wsw:pw@db.internal:5432/kb',
    DATABASE_POOL_MAX: '32', DATABASE_STATEMENT_TIMEOUT: '2s', LOG_LEVEL: 'debug', CORS_ORIGINS: 'https://a.example, http://localhost:5173',
    RATE_LIMIT_MAX: '0', RATE_LIMIT_WINDOW: '30s', MAX_EVENT_LOOP_DELAY_MS: '250', RESPONSE_CACHE_MB: '0', TRUST_PROXY: '10.0.0.1, 10.0.0.0/8',
    API_KEYS: 'editor:0123456789abcdef0123, fedcba9876543210fedcba', WRITE_RATE_LIMIT_MAX: '5', UNRELATED: 'x',
    EXTRACT_THREADS: '2', EXTRACT_TIMEOUT: '5s', EXTRACT_QUEUE: '8', EXTRACT_NICE: '15', AUTH_FAILURES_MAX: '3', AUTH_FAILURES_WINDOW: '10m'
  }), {
    port: 8080, host: '0.0.0.0', databasePath: '/var/lib/wsw/kb.db', databaseUrl: 'postgres://wsw:pw@db.internal:5432/kb',
    databasePool: { max: 32, statementTimeoutMs: 2000 }, logLevel: 'debug', corsOrigins: ['https://a.example', 'http://localhost:5173'],
    rateLimitMax: 0, rateLimitWindowMs: 30_000, maxEventLoopDelayMs: 250, responseCacheMb: 0, trustProxy: ['10.0.0.1', '10.0.0.0/8'],
    apiKeys: [{ id: 'editor', secret: '0123456789abcdef0123' }, { id: '', secret: 'fedcba9876543210fedcba' }], writeRateLimitMax: 5,
    authFailures: { max: 3, windowMs: 600_000 },
    extraction: { threads: 2, timeoutMs: 5000, maxQueue: 8, nice: 15 }
  })
  t.equal(loadConfig({ RATE_LIMIT_WINDOW: '1h' }).rateLimitWindowMs, 3_600_000)
  t.equal(loadConfig({ RATE_LIMIT_WINDOW: '1500' }).rateLimitWindowMs, 1500)
  t.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2)
  t.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true)
  t.equal(loadConfig({ PORT: '' }).port, 3000)
})

t.test('bad values are listed one per line', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' }), {
    name: 'ConfigError',
    message: 'invalid configuration:\n' +
      '  PORT: must be a whole number (got "eighty")\n' +
      '  LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "loud")'
  })
  t.throws(() => loadConfig({ PORT: '70000' }), { message: /PORT: must be at most 65535 \(got "70000"\)/ })
  t.throws(() => loadConfig({ PORT: '-1' }), { message: /PORT: must be a whole number/ })
  t.throws(() => loadConfig({ EXTRACT_NICE: '20' }), { message: /EXTRACT_NICE: must be at most 19 \(got "20"\)/ })
  t.throws(() => loadConfig({ RATE_LIMIT_WINDOW: 'a minute' }), { message: /RATE_LIMIT_WINDOW: must be a duration such as 30s, 1m, 1h or a number of milliseconds/ })
  t.throws(() => loadConfig({ RATE_LIMIT_WINDOW: '0s' }), { message: /RATE_LIMIT_WINDOW: must be longer than 0/ })
  t.throws(() => loadConfig({ RATE_LIMIT_MAX: '-5' }), { message: /RATE_LIMIT_MAX: must be a whole number/ })
  t.throws(() => loadConfig({ TRUST_PROXY: 'maybe' }), { message: /TRUST_PROXY: must be true, false, a number of proxy hops/ })
  t.throws(() => loadConfig({ CORS_ORIGINS: 'app.example.com' }), { message: /CORS_ORIGINS: must be \* or a comma-separated list of origins such as https:\/\/app.example.com \(bad: app.example.com\)/ })
})

t.test('API keys: short or malformed ones are refused without echoing any secret', async (t) => {
  const err = t.throws(() => loadConfig({ API_KEYS: 'editor:short-secret, ok:0123456789abcdef0123' })) as Error
  t.match(err.message, /API_KEYS: each key must be at least 16 characters \(write "id:key" or just "key"\) \(value not shown\)/)
  t.notMatch(err.message, /short-secret|0123456789abcdef0123/)
  t.same(loadConfig({ API_KEYS: ' , ' }).apiKeys, [], 'blank entries are ignored')
  const spaced = t.throws(() => loadConfig({ API_KEYS: 'ok:0123456789abcdef0123, pipeline:my secret key 0123456789' })) as Error
  t.match(spaced.message, /API_KEYS: entry 2 has a space or other blank in its key, so no request could ever present it \(value not shown\)/, 'named by position')
  t.notMatch(spaced.message, /my secret|pipeline/)
})

t.test('PostgreSQL settings: a postgres URL, a bounded pool and a statement timeout', async (t) => {
  t.equal(loadConfig({}).databaseUrl, undefined, 'unset: the SQLite file')
  t.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined, 'empty means unset')
  t.equal(loadConfig({ DATABASE_URL: 'postgresql://localhost/kb' }).databaseUrl, 'postgresql://localhost/kb')
  t.equal(loadConfig({ DATABASE_URL: 'postgres:///kb?host=/var/run/postgresql' }).databaseUrl, 'postgres:///kb?host=/var/run/postgresql', 'a Unix socket')
  t.equal(loadConfig({ DATABASE_STATEMENT_TIMEOUT: '750' }).databasePool.statementTimeoutMs, 750, 'milliseconds')
  t.same(loadConfig({ DATABASE_POOL_MAX: '1' }).databasePool.max, 1)
  t.same(loadConfig({ DATABASE_POOL_MAX: '100' }).databasePool.max, 100)
  for (const url of ['mysql://u:hunter2@db/kb', 'file:kb.db', 'data/kb.db', 'postgres://u:hunter2@[bad']) {
    const err = t.throws(() => loadConfig({ DATABASE_URL: url })) as Error
    t.equal(err.message, 'invalid configuration:\n  DATABASE_URL: must be a postgres:// or postgresql:// URL such as postgres://user:password@db.example:5432/who_said_what (value not shown)', url)
    t.notMatch(err.message, /hunter2/, 'the password is never echoed')
  }
  t.throws(() => loadConfig({ DATABASE_POOL_MAX: '0' }), { message: /DATABASE_POOL_MAX: must be at least 1 \(got "0"\)/ })
  t.throws(() => loadConfig({ DATABASE_POOL_MAX: '101' }), { message: /DATABASE_POOL_MAX: must be at most 100 \(got "101"\)/ })
  t.throws(() => loadConfig({ DATABASE_POOL_MAX: 'ten' }), { message: /DATABASE_POOL_MAX: must be a whole number/ })
  t.throws(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT: '0' }), { message: /DATABASE_STATEMENT_TIMEOUT: must be longer than 0/ })
  t.throws(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT: 'soon' }), { message: /DATABASE_STATEMENT_TIMEOUT: must be a duration/ })
})
