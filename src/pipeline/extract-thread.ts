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

/** The extraction thread's heap: a document that needs more ends the thread, not the server. */
export const EXTRACT_HEAP_MB = 2048

/**
 * Starts the extraction thread. The worker is the compiled `extract-worker.js` beside this file, or, when Dyad runs from
 * its sources through tsx, `extract-worker.ts` loaded through tsx as well. Documents are read one at a time, in order.
 * A thread that dies (a document that exhausted its memory) fails the documents it held, and the next document starts a
 * new one: one hostile upload never leaves the server unable to read the others.
 */
export function startExtractThread({ heapMb = EXTRACT_HEAP_MB }: { heapMb?: number } = {}): ExtractThread {
  const here = fileURLToPath(import.meta.url)
  const fromSource = here.endsWith('.ts')
  const file = here.replace(/extract-thread\.(ts|js)$/, `extract-worker.${fromSource ? 'ts' : 'js'}`)
  if (!existsSync(file)) throw new Error(`the extraction thread's code is missing: ${file}`)
  const waiting = new Map<number, { resolve: (x: Extraction) => void; reject: (e: Error) => void }>()
  let next = 0
  let closed = false
  let worker: Worker | undefined

  const start = (): Worker => {
    // From source, the thread registers tsx before it loads the worker (a worker's execArgv cannot --import it on
    // Node 20).
    const w = fromSource
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then((tsx) => tsx.register()).then(() => import(${JSON.stringify(pathToFileURL(file).href)}))`,
          { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } },
        )
      : new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: heapMb } })
    // An idle thread must not keep a process alive that has nothing else to do.
    w.unref()
    const fail = (e: Error) => {
      if (worker === w) worker = undefined
      for (const p of waiting.values()) p.reject(e)
      waiting.clear()
    }
    w.on('message', (reply: ExtractReply) => {
      const p = waiting.get(reply.id)
      if (!p) return
      waiting.delete(reply.id)
      if (waiting.size === 0) w.unref()
      if (reply.ok) p.resolve(reply.extraction)
      else p.reject(Object.assign(new Error(reply.message), { name: reply.name }))
    })
    w.on('error', (e) => fail(new Error(`the extraction thread stopped: ${e.message}`)))
    w.on('exit', (code) => fail(new Error(`the extraction thread ended (exit ${code})`)))
    return w
  }

  return {
    extract(raw) {
      if (closed) return Promise.reject(new Error('the extraction thread is closed'))
      worker ??= start()
      const w = worker
      const id = next++
      // Alive while a document is being read, so that a caller awaiting it is not left behind by an exiting process.
      if (waiting.size === 0) w.ref()
      return new Promise<Extraction>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        w.postMessage({ id, raw } satisfies ExtractRequest)
      })
    },
    async close() {
      closed = true
      await worker?.terminate()
    },
  }
}
