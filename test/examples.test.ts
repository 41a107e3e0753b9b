// The typed client as a contract: examples/api.d.ts is what openapi-typescript makes of openapi.yaml, the openapi-fetch example pages through a live server, and the types reject wrong calls.
import { readFileSync } from 'node:fs'
import t from 'tap'
import ts from 'typescript'
import { everythingSaid } from '../examples/everything-said.js'
import { renderTypes, TYPES_FILE } from '../examples/types.js'
import { build, getJson, walkPages } from './helper.js'

t.test('examples/api.d.ts is what openapi-typescript generates from openapi.yaml', async (t) => {
  if (await renderTypes() !== readFileSync(TYPES_FILE, 'utf8')) t.fail('examples/api.d.ts is out of date: run npm run openapi and commit the result')
  else t.pass('examples/api.d.ts is up to date')
})

t.test('the openapi-fetch example pages through everything Sam Altman said on a live server', async (t) => {
  const { app } = await build(t)
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const expected = await walkPages(app, '/v1/entities/sam-altman/statements?role=speaker&sort=date&limit=100')
  const statements = await everythingSaid(base, 'sam-altman', 2)
  t.equal(statements.length, 6, 'more than one page at 2 per page')
  t.same(statements.map((s) => s.id), expected.items)
  t.same(statements[0], (await getJson(app, `/v1/statements/${statements[0]!.id}`)).body.data, 'each statement whole, as the API serves it')
  await t.rejects(everythingSaid(base, 'no-such-entity'), { message: '404 Not Found: No entity has the id "no-such-entity".' }, 'errors arrive as typed problems')
})

t.test('the generated types compile the example and reject wrong calls', async (t) => {
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023, skipLibCheck: true, types: ['node']
  }
  const example = new URL('../examples/everything-said.ts', import.meta.url).pathname
  const wrong = example.replace('everything-said.ts', '__wrong-call__.ts')
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  // Calls a client must not compile: an unknown path, a role the API does not have, a missing id.
  host.readFile = (file) => file === wrong
    ? [
        "import createClient from 'openapi-fetch'",
        "import type { paths } from './api.js'",
        'const client = createClient<paths>({})',
        "await client.GET('/v1/people/{id}', { params: { path: { id: 'x' } } })",
        "await client.GET('/v1/entities/{id}/statements', { params: { path: { id: 'x' }, query: { role: 'author' } } })",
        "await client.GET('/v1/entities/{id}/statements', { params: { query: {} } })",
        'export {}'
      ].join('\n')
    : readFile(file)
  host.fileExists = ((exists) => (file: string) => file === wrong || exists(file))(host.fileExists.bind(host))
  const diagnostics = (file: string) => ts.getPreEmitDiagnostics(ts.createProgram([file], options, host))
    .map((d) => `${d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
  t.same(diagnostics(example), [], 'the example type-checks under strict settings')
  const errors = diagnostics(wrong)
  t.same(errors.map((e) => e.split(' ')[0]), ['__wrong-call__.ts:4', '__wrong-call__.ts:5', '__wrong-call__.ts:6'], errors.join('\n'))
})
