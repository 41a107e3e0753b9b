// Configuration: defaults, every variable read, and one clear message listing each bad value.
import t from 'tap'
import { loadConfig } from '../src/config.js'

t.test('defaults', async (t) => {
  t.same(loadConfig({}), { port: 3000, host: '127.0.0.1', databasePath: 'data/who-said-what.db', logLevel: 'info', corsOrigins: '*' })
})

t.test('reads every variable; empty means unset', async (t) => {
  t.same(loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/var/lib/wsw/kb.db', LOG_LEVEL: 'debug', CORS_ORIGINS: 'https://a.example, http://localhost:5173', UNRELATED: 'x' }),
    { port: 8080, host: '0.0.0.0', databasePath: '/var/lib/wsw/kb.db', logLevel: 'debug', corsOrigins: ['https://a.example', 'http://localhost:5173'] })
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
  t.throws(() => loadConfig({ CORS_ORIGINS: 'app.example.com' }), { message: /CORS_ORIGINS: must be \* or a comma-separated list of origins such as https:\/\/app.example.com \(bad: app.example.com\)/ })
})
