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

/** A preHandler for write routes: 403 when writes are off, 401 with WWW-Authenticate without a valid key. */
export function requireKey (ring: KeyRing) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ring.configured) throw new ProblemError(403, 'writes_disabled', 'Writes are disabled: this server has no API_KEYS configured.')
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
    const id = match ? ring.identify(match[1]!) : undefined
    if (!id) {
      reply.header('www-authenticate', WWW_AUTHENTICATE)
      throw new ProblemError(401, 'unauthorized', match ? 'The API key is not valid.' : 'Writes need an API key: send Authorization: Bearer <key>.')
    }
    request.keyId = id
  }
}
