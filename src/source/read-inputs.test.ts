import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { expandPaths, readInput } from './read-inputs.js'

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
    const stdin = await readInput('-', async () => new TextEncoder().encode('hello'))
    assert.ok(stdin.ok && stdin.raw.origin === '-' && new TextDecoder().decode(stdin.raw.bytes) === 'hello')
    const html = await readInput(join(dir, 'b', 'page.HTML'))
    assert.ok(html.ok && html.raw.mediaType === 'text/html')
  })
})
