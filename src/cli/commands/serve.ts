import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Command } from 'commander'
import { DEFAULT_WRITES_PER_MINUTE } from '../../api/access.js'
import { createApp } from '../../api/app.js'
import { hasWebUi } from '../../api/web.js'
import { startExtractThread } from '../../pipeline/extract-thread.js'
import { waitingForWriteLock } from '../../store/wait-for-lock.js'
import { busyTimeout, dbPath, openStore } from '../db.js'
import { MAX_DOCUMENT_OPTION, maxDocumentBytes } from '../document-limit.js'
import { CliError, type CliIo, println } from '../io.js'
import { type WriteToken, writeToken } from '../write-token.js'

/** How long one attempt of the server's writes blocks waiting for another process's lock. */
const LOCK_ATTEMPT_MS = 50

/** What `dyad serve` says about the write token: the token itself only when it was just made. */
function tokenLine(t: WriteToken): string {
  switch (t.from) {
    case 'env':
      return 'writes need the token in DYAD_TOKEN'
    case 'file':
      return `writes need the token kept in ${t.path}${t.madePrivate ? ' (others could read it: made owner-only)' : ''}`
    case 'new':
      return t.path
        ? `write token (shown only this once; kept in ${t.path}, owner-only): ${t.token}`
        : `write token for this run (the database is in memory): ${t.token}`
  }
}

/** `dyad serve`: the HTTP app on a port until Ctrl-C; a port in use is a one-line error. */
export function serveCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the documents, pairs, events and facts over HTTP (HTML and a JSON API) until Ctrl-C')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--write-rate <n>',
      `writes one client may make in a minute, 0 for no limit (default: $DYAD_WRITE_RATE or ${DEFAULT_WRITES_PER_MINUTE})`,
    )
    .option(
      '--cors-origin <origins>',
      'comma-separated origins whose pages may call the API (default: $DYAD_CORS_ORIGIN or none)',
    )
    .option(...MAX_DOCUMENT_OPTION)
    .action(
      async (opts: {
        db?: string
        port: string
        host: string
        writeRate?: string
        corsOrigin?: string
        maxDocumentMb?: string
      }) => {
        const maxUploadBytes = maxDocumentBytes(opts.maxDocumentMb, io)
        const port = Number(opts.port)
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new CliError(`--port must be 0-65535, not "${opts.port}"`, 2)
        const rate = opts.writeRate ?? io.env.DYAD_WRITE_RATE ?? String(DEFAULT_WRITES_PER_MINUTE)
        const writesPerMinute = Number(rate)
        if (!Number.isInteger(writesPerMinute) || writesPerMinute < 0)
          throw new CliError(`the write rate must be a whole number of writes a minute (0: no limit), not "${rate}"`, 2)
        const corsOrigins = (opts.corsOrigin ?? io.env.DYAD_CORS_ORIGIN ?? '')
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
        for (const o of corsOrigins)
          if (!/^https?:\/\/[^/\s]+$/.test(o))
            throw new CliError(`a CORS origin is a scheme and host such as https://example.org, not "${o}"`, 2)
        // A write waits for another process's lock between short attempts, never blocking the reads meanwhile.
        const store = waitingForWriteLock(
          await openStore(opts.db, io, { create: true, attemptTimeoutMs: LOCK_ATTEMPT_MS }),
          {
            waitMs: busyTimeout(io),
          },
        )
        let token: WriteToken
        try {
          token = writeToken(dbPath(opts.db, io), io.env)
        } catch (e) {
          await store.close()
          throw e
        }
        // The UI built by `npm run build` sits beside the compiled CLI: dist/web next to dist/src.
        const webRoot = fileURLToPath(new URL('../../../web/', import.meta.url))
        if (!hasWebUi(webRoot))
          println(
            io.stderr,
            'dyad serve: the web UI is not built (run npm run build); serving the API and plain HTML pages',
          )
        // Uploads are read on a thread of their own: a large document never holds up the reads.
        const extraction = startExtractThread()
        const app = createApp({
          store,
          webRoot,
          maxUploadBytes,
          extract: (raw) => extraction.extract(raw),
          writeToken: token.token,
          writesPerMinute,
          corsOrigins,
          // Writes are counted per peer address: behind a proxy, every client of the proxy is one.
          clientOf: (c) => getConnInfo(c).remote.address ?? 'unknown',
        })
        const top = (await store.listPairs())[0]
        await new Promise<void>((resolve, reject) => {
          const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
            const base = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${info.port}`
            println(io.stdout, `Dyad is serving ${base}/ (Ctrl-C to stop)`)
            println(io.stdout, tokenLine(token))
            if (top) println(io.stdout, `the most documented pair: ${base}/pair/${top.pair.join('-')}`)
          })
          server.once('error', (e: NodeJS.ErrnoException) => {
            void store.close()
            void extraction.close()
            reject(
              new CliError(
                e.code === 'EADDRINUSE'
                  ? `port ${port} on ${opts.host} is already in use (try --port ${port + 1})`
                  : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
                    ? `cannot listen on ${opts.host} (no such local address)`
                    : `cannot listen on ${opts.host}:${port}: ${e.message}`,
              ),
            )
          })
          const stop = () => {
            server.close(() => {
              void Promise.all([store.close(), extraction.close()]).then(() => resolve())
            })
          }
          process.once('SIGINT', stop)
          process.once('SIGTERM', stop)
        })
      },
    )
}
