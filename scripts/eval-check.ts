// `npm run eval:check`: runs `dyad eval` on the documents and the sentence bank, runs the two reference scorers
// (score.py on the same predictions, sentences/score.py through `dyad extract`) and fails on any difference.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'

const dev = process.argv[2] ?? '../shared/eval'
const bank = join(dev, 'sentences/dev.jsonl')
const out = mkdtempSync(join(tmpdir(), 'dyad-eval-'))
const run = (cmd: string, args: string[]) => JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' }))

/** Each of the reference's values under `part`, compared with ours; one line per difference. */
function differences(
  part: string,
  ours: Record<string, unknown> | undefined,
  theirs: Record<string, unknown>,
): string[] {
  return Object.entries(theirs).flatMap(([k, v]) =>
    isDeepStrictEqual(ours?.[k], v)
      ? []
      : [`${part}.${k}: dyad ${JSON.stringify(ours?.[k])} ≠ reference ${JSON.stringify(v)}`],
  )
}

try {
  const gold = join(dev, 'dev/gold')
  const ours = run('node', [
    'dist/src/cli/main.js',
    'eval',
    '--docs',
    join(dev, 'dev/docs'),
    '--gold',
    gold,
    '--bank',
    bank,
    '--out',
    out,
    '--json',
  ])
  const docs = run('python3', [join(dev, 'score.py'), out, '--gold', gold, '--json'])
  const sentences = run('python3', [join(dev, 'sentences/score.py'), bank, '--json'])
  const diffs = [
    ...(['per_doc', 'total', 'summary'] as const).flatMap((part) => differences(part, ours[part], docs[part])),
    ...differences('bank', ours.bank, sentences),
  ]
  if (diffs.length > 0) {
    console.error(`dyad eval and the reference scorers disagree in ${diffs.length} place(s):\n${diffs.join('\n')}`)
    process.exitCode = 1
  } else
    console.log(
      `dyad eval agrees with score.py on every document, total and summary (${Object.keys(docs.per_doc).length} documents) and with sentences/score.py on the bank (${sentences.items} items)`,
    )
} finally {
  rmSync(out, { recursive: true, force: true })
}
