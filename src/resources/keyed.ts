// What every keyed route shares, whichever resource it belongs to: authentication, the per-key write limit, and how the OpenAPI document shows both.
import { requireKey, type FailureGuard, type KeyRing } from '../auth.js'

export interface KeyedOptions {
  ring: KeyRing
  /** Counts failed authentications per client, on every keyed route of every resource. */
  guard: FailureGuard
  /** Writes a key may make per window (0: no write limit). */
  writeLimit: { max: number, timeWindow: number }
}

/** A keyed route's access: its onRequest hook, and the route config of a write. */
export interface Keyed {
  authenticated: ReturnType<typeof requireKey>
  write: { rateLimit?: { max: number, timeWindow: number, keyGenerator: (request: { headers: { authorization?: string }, ip: string }) => string } }
}

export function keyed ({ ring, guard, writeLimit }: KeyedOptions): Keyed {
  return {
    authenticated: requireKey(ring, guard),
    // A stricter budget per key for writes (the key identified from the header, as the limit runs before authentication).
    write: writeLimit.max > 0
      ? { rateLimit: { max: writeLimit.max, timeWindow: writeLimit.timeWindow, keyGenerator: (request) => ring.identify(/^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1] ?? '') ?? request.ip } }
      : {}
  }
}

/** The errors any keyed route may answer before its handler runs. */
export const AUTH_ERRORS = [401, 403, 429] as const

export const KEYED_SECURITY = [{ bearerAuth: [] }]
