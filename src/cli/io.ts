import type { Writable } from 'node:stream'

/** Where a command writes, so that tests can capture it. */
export interface CliIo {
  /** `columns` is the terminal's width when stdout is one. */
  readonly stdout: Writable & { isTTY?: boolean; columns?: number }
  readonly stderr: Writable & { isTTY?: boolean }
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

/** A user-facing failure: printed as one line `dyad: <message>`, then the process exits with `code`. */
export class CliError extends Error {
  override readonly name = 'CliError'
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message)
  }
}

/** Exit codes: 0 success, 1 some inputs failed (or the database cannot be used), 2 usage error, 130 interrupted. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const

/** Writes a line to a stream. */
export function println(stream: Writable, line = ''): void {
  stream.write(`${line}\n`)
}
