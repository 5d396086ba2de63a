import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Command } from 'commander'
import { createApp } from '../../api/app.js'
import { hasWebUi } from '../../api/web.js'
import { openStore } from '../db.js'
import { MAX_DOCUMENT_OPTION, maxDocumentBytes } from '../document-limit.js'
import { CliError, type CliIo, println } from '../io.js'

/** `dyad serve`: the HTTP app on a port until Ctrl-C; a port in use is a one-line error. */
export function serveCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the documents, pairs, events and facts over HTTP (HTML and a JSON API) until Ctrl-C')
    .option('--db <path>', 'database file (default: $DYAD_DB or ./dyad.db)')
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(...MAX_DOCUMENT_OPTION)
    .action(async (opts: { db?: string; port: string; host: string; maxDocumentMb?: string }) => {
      const maxUploadBytes = maxDocumentBytes(opts.maxDocumentMb, io)
      const port = Number(opts.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port must be 0-65535, not "${opts.port}"`, 2)
      const store = await openStore(opts.db, io, { create: true })
      // The UI built by `npm run build` sits beside the compiled CLI: dist/web next to dist/src.
      const webRoot = fileURLToPath(new URL('../../../web/', import.meta.url))
      if (!hasWebUi(webRoot))
        println(
          io.stderr,
          'dyad serve: the web UI is not built (run npm run build); serving the API and plain HTML pages',
        )
      const app = createApp({ store, webRoot, maxUploadBytes })
      const top = (await store.listPairs())[0]
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
          const base = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${info.port}`
          println(io.stdout, `Dyad is serving ${base}/ (Ctrl-C to stop)`)
          if (top) println(io.stdout, `the most documented pair: ${base}/pair/${top.pair.join('-')}`)
        })
        server.once('error', (e: NodeJS.ErrnoException) => {
          void store.close()
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
            void store.close().then(resolve)
          })
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    })
}
