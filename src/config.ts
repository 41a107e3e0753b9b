// Configuration: the environment variables the service reads, validated with zod into a typed Config.
import { z } from 'zod'

const port = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)
  .pipe(z.number().int().min(0).max(65535, 'must be at most 65535'))

export const configSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('data/who-said-what.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z.string().default('*').transform((value, ctx) => {
    if (value.trim() === '*') return '*' as const
    const origins = value.split(',').map((o) => o.trim()).filter((o) => o.length > 0)
    for (const origin of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) ctx.addIssue({ code: 'custom', message: `must be * or a comma-separated list of origins such as https://app.example.com (bad: ${origin})` })
    }
    return origins
  })
})

export interface Config {
  port: number
  host: string
  databasePath: string
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL']
  /** Browser origins allowed to call the API: '*' for any, or a list. */
  corsOrigins: '*' | string[]
}

/** Raised for invalid settings; the message lists every bad variable on its own line. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the service's settings from `env` (unset and empty variables take their defaults). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = configSchema.safeParse(present)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`)
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`)
  }
  const c = parsed.data
  return { port: c.PORT, host: c.HOST, databasePath: c.DATABASE_PATH, logLevel: c.LOG_LEVEL, corsOrigins: c.CORS_ORIGINS }
}
