// `npm run eval:check`: runs `dyad eval` and the reference scorer on the same predictions and fails on any difference.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

const dev = process.argv[2] ?? '../shared/eval'
const out = mkdtempSync(join(tmpdir(), 'dyad-eval-'))
try {
  const ours = JSON.parse(
    execFileSync(
      'node',
      [
        'dist/src/cli/main.js',
        'eval',
        '--docs',
        join(dev, 'dev/docs'),
        '--gold',
        join(dev, 'dev/gold'),
        '--out',
        out,
        '--json',
      ],
      {
        encoding: 'utf8',
      },
    ),
  )
  const theirs = JSON.parse(
    execFileSync('python3', [join(dev, 'score.py'), out, '--gold', join(dev, 'dev/gold'), '--json'], {
      encoding: 'utf8',
    }),
  )
  const diffs: string[] = []
  for (const part of ['per_doc', 'total', 'summary'] as const) {
    for (const [k, v] of Object.entries(theirs[part] as Record<string, unknown>)) {
      if (!isDeepStrictEqual(ours[part]?.[k], v))
        diffs.push(`${part}.${k}: dyad ${JSON.stringify(ours[part]?.[k])} ≠ score.py ${JSON.stringify(v)}`)
    }
  }
  if (diffs.length > 0) {
    console.error(`dyad eval and score.py disagree in ${diffs.length} place(s):\n${diffs.join('\n')}`)
    process.exitCode = 1
  } else
    console.log(
      `dyad eval agrees with score.py on every document, total and summary (${Object.keys(theirs.per_doc).length} documents)`,
    )
} finally {
  rmSync(out, { recursive: true, force: true })
}
