import { PassThrough } from 'node:stream'
import { runCli } from '../src/cli/program.js'

/** What one in-process `dyad` run printed, and its exit code. */
export interface Run {
  code: number
  out: string
  err: string
}

/** Runs `dyad` in this process with captured streams; `tty` makes stdout a terminal of that width. */
export async function dyad(
  args: string[],
  cwd: string,
  tty?: { columns: number },
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true, columns: tty.columns } : {})
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => {
    out += d
  })
  stderr.on('data', (d) => {
    err += d
  })
  const code = await runCli(args, { stdout, stderr, env, cwd })
  return { code, out, err }
}
