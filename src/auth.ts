// Write access: bearer keys from API_KEYS, compared in constant time, each known by a short id for the audit log.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from './config.js'
import { ProblemError } from './errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    keyId?: string
  }
}

export const WWW_AUTHENTICATE = 'Bearer realm="who-said-what"'

const digest = (secret: string) => createHash('sha256').update(secret).digest()

export interface KeyRing {
  configured: boolean
  /** The id of the key `token` is, or undefined; every configured key is compared, whatever matches. */
  identify: (token: string) => string | undefined
}

export function keyRing (keys: Config['apiKeys']): KeyRing {
  const ring = keys.map(({ id, secret }) => ({ id: id || `key-${digest(secret).toString('hex').slice(0, 8)}`, digest: digest(secret) }))
  return {
    configured: ring.length > 0,
    identify (token) {
      const presented = digest(token)
      let found: string | undefined
      for (const key of ring) if (timingSafeEqual(presented, key.digest)) found ??= key.id
      return found
    }
  }
}

/** Failed authentications per client in fixed windows: past `max`, the client is refused until its window ends. */
export interface FailureGuard {
  /** Seconds until the client may try again, or 0 when it may try now. */
  retryAfter: (client: string, now?: number) => number
  fail: (client: string, now?: number) => void
}

// Bounds the memory an address-spraying attacker can make the guard hold.
const MAX_TRACKED_CLIENTS = 100_000

export function failureGuard ({ max, windowMs }: { max: number, windowMs: number }): FailureGuard {
  const windows = new Map<string, { failures: number, endsAt: number }>()
  const current = (client: string, now: number) => {
    const w = windows.get(client)
    if (w && w.endsAt <= now) windows.delete(client)
    return w && w.endsAt > now ? w : undefined
  }
  return {
    retryAfter (client, now = Date.now()) {
      const w = max > 0 ? current(client, now) : undefined
      return w && w.failures >= max ? Math.ceil((w.endsAt - now) / 1000) : 0
    },
    fail (client, now = Date.now()) {
      if (max === 0) return
      const w = current(client, now)
      if (w) { w.failures++; return }
      if (windows.size >= MAX_TRACKED_CLIENTS) windows.delete(windows.keys().next().value!)
      windows.set(client, { failures: 1, endsAt: now + windowMs })
    }
  }
}

/**
 * An onRequest hook for keyed routes: 403 when writes are off, 401 with WWW-Authenticate without a
 * valid key, and 429 with Retry-After once a client has failed `guard`'s limit, whatever it sends then,
 * so that guessing keys costs a window per few guesses.
 */
export function requireKey (ring: KeyRing, guard: FailureGuard) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ring.configured) throw new ProblemError(403, 'writes_disabled', 'Writes are disabled: this server has no API_KEYS configured.')
    const wait = guard.retryAfter(request.ip)
    if (wait > 0) {
      reply.header('retry-after', String(wait))
      throw new ProblemError(429, 'too_many_failed_authentications', 'Too many failed authentications from this client. Retry after the number of seconds in Retry-After.')
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
    const id = match ? ring.identify(match[1]!) : undefined
    if (!id) {
      guard.fail(request.ip)
      reply.header('www-authenticate', WWW_AUTHENTICATE)
      throw new ProblemError(401, 'unauthorized', match ? 'The API key is not valid.' : 'Writes need an API key: send Authorization: Bearer <key>.')
    }
    request.keyId = id
  }
}
