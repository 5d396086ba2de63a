import { readFileSync } from 'node:fs'

/** First CPU this process may run on (from /proc), or 0. */
export function firstAllowedCpu(): number {
  try {
    const m = /^Cpus_allowed_list:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return m?.[1] ? Number(m[1]) : 0
  } catch {
    return 0
  }
}
