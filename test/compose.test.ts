// compose.yaml as a contract, since no Docker engine runs in CI: it parses, builds the API from the repo's Dockerfile, points it at PostgreSQL, and puts the proxy in front of healthy replicas.
import { existsSync, readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

interface Service {
  image?: string
  build?: string | { context?: string, dockerfile?: string }
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  deploy?: { replicas?: number }
  healthcheck?: { test: string[] }
  ports?: string[]
  volumes?: string[]
}

const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service>, volumes: Record<string, unknown> }
const { db, migrate, api, proxy } = compose.services

t.test('the four services are there', async (t) => {
  t.same(Object.keys(compose.services).sort(), ['api', 'db', 'migrate', 'proxy'])
})

t.test('PostgreSQL keeps its data on a named volume and says when it is ready', async (t) => {
  t.match(db!.image, /^postgres:1[67]$/)
  t.ok(db!.volumes?.some((v) => v.startsWith('pgdata:')), 'a named volume')
  t.ok('pgdata' in compose.volumes)
  t.match(db!.healthcheck!.test.join(' '), /pg_isready/)
})

t.test('migrate and api build from the repo\'s Dockerfile and use PostgreSQL', async (t) => {
  t.ok(existsSync(new URL('Dockerfile', root)))
  for (const [name, service] of [['migrate', migrate!], ['api', api!]] as const) {
    const context = typeof service.build === 'string' ? service.build : service.build?.context
    t.equal(context, '.', `${name} builds from the repo root`)
    t.notOk(typeof service.build === 'object' && service.build.dockerfile !== undefined && service.build.dockerfile !== 'Dockerfile', `${name} uses ./Dockerfile`)
    t.match(service.environment!.DATABASE_URL, /^postgres:\/\/[^@]+@db:5432\/\w+$/, `${name}: DATABASE_URL points at db`)
    t.equal(service.depends_on!.db!.condition, 'service_healthy')
  }
  // What the image builds (dist/ from src/) runs the same command as npm run db:migrate.
  t.same(migrate!.command, ['node', 'dist/cli.js', 'migrate'])
  t.match(JSON.parse(read('package.json')).scripts['db:migrate'], /src\/cli\.ts migrate$/)
  t.match(read('Dockerfile'), /COPY migrations \.\/migrations/)
})

t.test('two API replicas, each ready only once migrated, probed on /readyz, reached only through the proxy', async (t) => {
  t.equal(api!.deploy!.replicas, 2)
  t.equal(api!.depends_on!.migrate!.condition, 'service_completed_successfully')
  t.match(api!.healthcheck!.test.join(' '), /127\.0\.0\.1:3000\/readyz/)
  t.match(read('src/health.ts'), /'\/readyz'/)
  t.notOk(api!.ports, 'no published port')
})

t.test('the proxy publishes one port and balances over the replicas', async (t) => {
  t.equal(proxy!.depends_on!.api!.condition, 'service_healthy')
  t.equal(proxy!.ports!.length, 1)
  const mount = proxy!.volumes!.find((v) => v.startsWith('./deploy/'))!
  const conf = read(mount.split(':')[0]!)
  t.match(conf, /server api:3000/, 'the upstream is the api service')
  t.match(conf, /proxy_pass http:\/\/api;/)
  t.match(api!.environment!.TRUST_PROXY, /^1$/, 'one proxy hop is trusted')
})
