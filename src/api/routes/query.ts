import type { Context } from 'hono'
import type { z } from 'zod'
import { queryErrorJson } from '../schemas.js'

/** The request's query read by a schema, or the 400 answer that names what is wrong with it. */
export function readQuery<S extends z.ZodType>(
  c: Context,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(c.req.query())
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: c.json(queryErrorJson(parsed.error), 400) }
}
