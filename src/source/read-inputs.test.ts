import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { expandPaths, MAX_DOCUMENT_BYTES, megabytes, readInput, tooLarge } from './read-inputs.js'

describe('reading inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-src-'))
  after(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'b', 'c'), { recursive: true })
  for (const f of ['a.txt', 'b/page.HTML', 'b/c/notes.md', 'b/skip.pdf', '.hidden.txt'])
    writeFileSync(join(dir, f), 'x')

  it('walks folders recursively in name order, keeping only readable types', async () => {
    const listed = await expandPaths([dir])
    assert.deepEqual(
      listed.map((e) => ('path' in e ? e.path.slice(dir.length + 1) : e.error)),
      ['a.txt', 'b/c/notes.md', 'b/page.HTML'],
    )
  })
  it('reports a missing path and an unsupported named file, and passes "-" through', async () => {
    const listed = await expandPaths([join(dir, 'nope'), join(dir, 'b', 'skip.pdf'), '-'])
    assert.deepEqual(
      listed.map((e) => ('path' in e ? e.path : e.error)),
      [
        'no such file or folder',
        'unsupported file type ".pdf" (Dyad reads .txt .text .md .markdown .html .htm .xhtml)',
        '-',
      ],
    )
  })
  it('reads stdin and files with their media type', async () => {
    const stdin = await readInput('-', { stdin: async () => new TextEncoder().encode('hello') })
    assert.ok(stdin.ok && stdin.raw.origin === '-' && new TextDecoder().decode(stdin.raw.bytes) === 'hello')
    const html = await readInput(join(dir, 'b', 'page.HTML'))
    assert.ok(html.ok && html.raw.mediaType === 'text/html')
  })
  it('refuses a file over the size limit from its size, and stdin once it holds more', async () => {
    writeFileSync(join(dir, 'big.txt'), 'word '.repeat(400))
    const big = await readInput(join(dir, 'big.txt'), { maxBytes: 1024 })
    assert.deepEqual(big, { ok: false, origin: join(dir, 'big.txt'), error: 'too large (2 KB; the limit is 1 KB)' })
    const hinted = await readInput(join(dir, 'big.txt'), { maxBytes: 1024, hint: 'set X' })
    assert.ok(!hinted.ok && hinted.error === 'too large (2 KB; the limit is 1 KB, set X)')
    assert.ok((await readInput(join(dir, 'big.txt'), { maxBytes: 2000 })).ok, 'exactly at the limit is read')
    let asked = 0
    const stdin = await readInput('-', {
      maxBytes: 1024,
      stdin: async (max) => {
        asked = max
        return new Uint8Array(max + 1)
      },
    })
    assert.equal(asked, 1024, 'stdin is told where to stop')
    assert.ok(!stdin.ok && stdin.error === 'too large (more than the limit of 1 KB)')
  })

  it('says sizes as a person reads them, in bytes when the size and the limit would read alike', () => {
    assert.equal(MAX_DOCUMENT_BYTES, 10 * 1024 * 1024)
    assert.deepEqual(
      [megabytes(14.2 * 1024 * 1024), megabytes(MAX_DOCUMENT_BYTES), megabytes(1536), megabytes(800)],
      ['14.2 MB', '10 MB', '1.5 KB', '800 bytes'],
    )
    assert.equal(tooLarge(14_900_000, MAX_DOCUMENT_BYTES), 'too large (14.2 MB; the limit is 10 MB)')
    assert.equal(
      tooLarge(MAX_DOCUMENT_BYTES + 1, MAX_DOCUMENT_BYTES),
      'too large (10485761 bytes; the limit is 10485760 bytes)',
    )
  })
})
