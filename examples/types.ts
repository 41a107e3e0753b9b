// npm run openapi (second step): writes examples/api.d.ts, the TypeScript types of every path and schema, from openapi.yaml with openapi-typescript.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse as parseYaml } from 'yaml'

export const TYPES_FILE = new URL('./api.d.ts', import.meta.url)
const DOCUMENT = new URL('../openapi.yaml', import.meta.url)

const HEADER = '// Generated from openapi.yaml by openapi-typescript (npm run openapi); do not edit. A test fails when it is out of date.\n'

/** The types for the committed document, as openapi-typescript renders them. */
export async function renderTypes (): Promise<string> {
  const ast = await openapiTS(parseYaml(readFileSync(DOCUMENT, 'utf8')), { alphabetize: false, exportType: false })
  return HEADER + astToString(ast)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TYPES_FILE, await renderTypes())
  process.stdout.write(`wrote ${fileURLToPath(TYPES_FILE)}\n`)
}
