// The OpenAPI document as the running app serves it: built on an in-memory database, rendered as YAML.
import { buildApp } from './app.js'
import { loadConfig } from './config.js'
import { openDb } from './db/index.js'

export const OPENAPI_FILE = new URL('../openapi.yaml', import.meta.url)

/** Builds the app exactly as production does (minus seeding, which the document does not depend on) and renders its document. */
export async function renderOpenapiYaml (): Promise<string> {
  const db = openDb(':memory:')
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db })
  try {
    await app.ready()
    return app.swagger({ yaml: true })
  } finally {
    await app.close()
    db.$client.close()
  }
}
