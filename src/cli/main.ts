#!/usr/bin/env node
import { runCli } from './program.js'

// A reader that stops early (`dyad events | head`) is not an error: stop writing and leave quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(0)
})

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
process.exitCode = code
