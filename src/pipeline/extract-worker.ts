import { parentPort } from 'node:worker_threads'
import type { RawDocument } from '../core/types.js'
import { extractDocument } from './extract.js'

/** A request to the extraction thread: one raw document to take through the whole pipeline. */
export interface ExtractRequest {
  readonly id: number
  readonly raw: RawDocument
}

/** Its answer: the extraction, or the error's name and message (an error's class does not cross threads). */
export type ExtractReply =
  | { readonly id: number; readonly ok: true; readonly extraction: ReturnType<typeof extractDocument> }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string }

// The extraction thread's loop (see extract-thread.ts): one document at a time, in the order they come.
parentPort?.on('message', ({ id, raw }: ExtractRequest) => {
  let reply: ExtractReply
  try {
    reply = { id, ok: true, extraction: extractDocument(raw) }
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    reply = { id, ok: false, name: err.name, message: err.message }
  }
  parentPort?.postMessage(reply)
})
