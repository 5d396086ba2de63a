import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { errorJson } from './schemas.js'

/** Writes a client may make in a minute by default (`--write-rate`, `DYAD_WRITE_RATE`). */
export const DEFAULT_WRITES_PER_MINUTE = 60

/** Who may write, and how often. Reads are open to anyone who can reach the port. */
export interface WriteAccess {
  /** The bearer token every write must carry; without one, every write is refused. */
  readonly token: string | undefined
  /** Writes a client may make in a minute (0: no limit). */
  readonly writesPerMinute?: number | undefined
  /** Who a request comes from (default: everyone is one client). */
  readonly clientOf?: ClientOf | undefined
}

/** Methods that change nothing: never guarded. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

/**
 * Whether `given` is the token, in time that does not depend on where the two first differ (both are hashed to the
 * same length first, so neither the token's length nor its prefix leaks through timing).
 */
export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token))
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')
  return m?.[1]
}

/** Who a request comes from, for the write rate: the server that runs the app knows (its peer's address). */
export type ClientOf = (c: Context) => string

/** Without a server's help every request is one client, "local" (tests, `app.request`). */
const oneClient: ClientOf = () => 'local'

/**
 * Guards every write under the path it is mounted on: a client over its rate gets 429 with `Retry-After`, a write
 * without the bearer token (or with another) gets 401 with `WWW-Authenticate: Bearer`. Attempts count against the rate
 * whether or not they carry the right token, so guessing the token is as slow as writing.
 */
export function guardWrites({
  token,
  writesPerMinute = DEFAULT_WRITES_PER_MINUTE,
  clientOf = oneClient,
}: WriteAccess): MiddlewareHandler {
  const limiter = writesPerMinute > 0 ? new RateLimiterMemory({ points: writesPerMinute, duration: 60 }) : undefined
  return async (c, next) => {
    if (READS.has(c.req.method)) return next()
    if (limiter) {
      try {
        await limiter.consume(clientOf(c))
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e
        const wait = Math.max(1, Math.ceil(e.msBeforeNext / 1000))
        c.header('Retry-After', String(wait))
        return c.json(
          errorJson(`too many writes: at most ${writesPerMinute} a minute from one client; try again in ${wait} s`),
          429,
        )
      }
    }
    const given = bearer(c.req.header('authorization'))
    if (token === undefined || given === undefined || !tokenMatches(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="dyad"')
      const why =
        token === undefined
          ? 'this server accepts no writes (it was started without a write token)'
          : given === undefined
            ? 'writes need the write token: send "Authorization: Bearer <token>" (dyad serve prints where it is kept)'
            : 'the write token does not match'
      return c.json(errorJson(why), 401)
    }
    return next()
  }
}
