// The Dyad CLI as a child process for the benchmarks: from source through tsx, or compiled (dist/), optionally pinned to
// one CPU; `dyad serve` started on a free port and stopped; memory read from /proc.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The CLI's sources, run through tsx. */
export const CLI = join(ROOT, 'src/cli/main.ts')
/** The compiled CLI (`npm run build`), as `npm start` runs it. */
export const BUILT_CLI = join(ROOT, 'dist/src/cli/main.js')

/** How a child runs: compiled or from source, under a CPU pin (`taskset -c N`) or none, with more environment. */
export interface ChildOptions {
  readonly built: boolean
  readonly pin?: readonly string[]
  readonly env?: Readonly<Record<string, string>>
}

/** A line of /proc/PID/status in MB (VmRSS, VmHWM), or undefined once the process is gone. */
export function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m?.[1] ? Number(m[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

/** Runs the CLI as a child process. */
export function spawnDyad(args: readonly string[], { built, pin = [], env = {} }: ChildOptions): ChildProcess {
  const node = built ? [process.execPath, BUILT_CLI, ...args] : [process.execPath, '--import', 'tsx', CLI, ...args]
  const [cmd, ...rest] = [...pin, ...node] as [string, ...string[]]
  return spawn(cmd, rest, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  })
}

export interface Server {
  child: ChildProcess
  base: string
  /** Highest VmHWM read before any reset. */
  peakMb: number
}

/** Starts `dyad serve --db DB --port 0 …args` and resolves with its address once it listens. */
export async function startServer(
  db: string,
  options: ChildOptions & { readonly timeoutMs: number; readonly args?: readonly string[] },
): Promise<Server> {
  const child = spawnDyad(['serve', '--db', db, '--port', '0', ...(options.args ?? [])], options)
  let out = ''
  let err = ''
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString()
  })
  const base = await new Promise<string>((resolveBase, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`dyad serve did not start within ${options.timeoutMs / 1000} s`))
    }, options.timeoutMs)
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /serving (http:\/\/[^\s]+?)\/? /.exec(out)
      if (m?.[1]) {
        clearTimeout(timer)
        resolveBase(m[1].replace(/\/$/, ''))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`dyad serve exited (${code}): ${err.trim().split('\n').slice(-3).join(' ')}`))
    })
  })
  return { child, base, peakMb: procMb(child.pid as number, 'VmHWM') ?? 0 }
}

/** Stops a server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
export async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return
  const exited = new Promise<void>((r) => s.child.once('exit', () => r()))
  s.child.kill('SIGTERM')
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}
