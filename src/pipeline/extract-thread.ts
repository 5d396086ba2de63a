import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { RawDocument } from '../core/types.js'
import type { Extraction } from './extract.js'
import type { ExtractReply, ExtractRequest } from './extract-worker.js'

/** Extraction on a thread of its own: the caller's event loop stays free while a document is read. */
export interface ExtractThread {
  /** The same as `extractDocument(raw)`, computed on the thread; its errors keep their message and name. */
  extract(raw: RawDocument): Promise<Extraction>
  /** Ends the thread; documents still waiting are refused. */
  close(): Promise<void>
}

/**
 * Starts the extraction thread. The worker is the compiled `extract-worker.js` beside this file, or, when Dyad runs from
 * its sources through tsx, `extract-worker.ts` loaded through tsx as well. Documents are read one at a time, in order.
 */
export function startExtractThread(): ExtractThread {
  const here = fileURLToPath(import.meta.url)
  const fromSource = here.endsWith('.ts')
  const file = here.replace(/extract-thread\.(ts|js)$/, `extract-worker.${fromSource ? 'ts' : 'js'}`)
  if (!existsSync(file)) throw new Error(`the extraction thread's code is missing: ${file}`)
  // From source, the thread registers tsx before it loads the worker (a worker's execArgv cannot --import it on Node 20).
  const worker = fromSource
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then((tsx) => tsx.register()).then(() => import(${JSON.stringify(pathToFileURL(file).href)}))`,
        { eval: true },
      )
    : new Worker(file)
  // An idle thread must not keep a process alive that has nothing else to do.
  worker.unref()
  const waiting = new Map<number, { resolve: (x: Extraction) => void; reject: (e: Error) => void }>()
  let next = 0
  let ended: Error | undefined
  const fail = (e: Error) => {
    ended = e
    for (const w of waiting.values()) w.reject(e)
    waiting.clear()
  }
  worker.on('message', (reply: ExtractReply) => {
    const w = waiting.get(reply.id)
    if (!w) return
    waiting.delete(reply.id)
    if (waiting.size === 0) worker.unref()
    if (reply.ok) w.resolve(reply.extraction)
    else w.reject(Object.assign(new Error(reply.message), { name: reply.name }))
  })
  worker.on('error', (e) => fail(new Error(`the extraction thread stopped: ${e.message}`)))
  worker.on('exit', (code) => fail(new Error(`the extraction thread ended (exit ${code})`)))
  return {
    extract(raw) {
      if (ended) return Promise.reject(ended)
      const id = next++
      // Alive while a document is being read, so that a caller awaiting it is not left behind by an exiting process.
      if (waiting.size === 0) worker.ref()
      return new Promise<Extraction>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, raw } satisfies ExtractRequest)
      })
    },
    async close() {
      await worker.terminate()
    },
  }
}
