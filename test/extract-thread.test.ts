import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { RawDocument } from '../src/core/types.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { type ExtractThread, startExtractThread } from '../src/pipeline/extract-thread.js'

const example = new URL('../examples/004_0acf342cc4b77461.txt', import.meta.url)

describe('extraction on a thread of its own', () => {
  let thread: ExtractThread
  before(() => {
    thread = startExtractThread()
  })
  after(() => thread.close())

  it('gives what extractDocument gives, while the caller goes on', async () => {
    const raw: RawDocument = { origin: example.pathname, mediaType: 'text/plain', bytes: readFileSync(example) }
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const [there] = await Promise.all([thread.extract(raw), thread.extract(raw)]).finally(() => clearInterval(timer))
    assert.ok(ticks > 0, "the caller's event loop ran while the document was read")
    const here = extractDocument(raw)
    assert.ok(here.events.length > 5)
    assert.deepEqual(JSON.parse(JSON.stringify(there)), JSON.parse(JSON.stringify(here)))
  })

  it("passes an input's error on with its name and message", async () => {
    await assert.rejects(thread.extract({ origin: 'empty.txt', mediaType: 'text/plain', bytes: new Uint8Array() }), {
      name: 'InputError',
      message: 'empty file',
    })
  })

  it('fails the documents of a thread that ran out of memory, and starts another for the next', async () => {
    const starved = startExtractThread({ heapMb: 4 })
    try {
      const raw: RawDocument = { origin: example.pathname, mediaType: 'text/plain', bytes: readFileSync(example) }
      for (let i = 0; i < 2; i++)
        await assert.rejects(starved.extract(raw), /the extraction thread (stopped|ended)/, `attempt ${i + 1}`)
    } finally {
      await starved.close()
    }
    await assert.rejects(
      thread.extract({ origin: 'x', mediaType: 'text/plain', bytes: new Uint8Array(1) }),
      (e: unknown) => e instanceof Error && !/extraction thread/.test(e.message),
      'the server thread is not affected',
    )
  })
})
