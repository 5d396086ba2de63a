import { Command, CommanderError } from 'commander'
import { StoreUnavailableError } from '../store/store.js'
import { evalCommand } from './commands/eval.js'
import { explainCommand } from './commands/explain.js'
import { extractCommand } from './commands/extract.js'
import { ingestCommand } from './commands/ingest.js'
import { readCommands } from './commands/read.js'
import { relationCommands } from './commands/relations.js'
import { serveCommand } from './commands/serve.js'
import { CliError, type CliIo, EXIT, println } from './io.js'

/** Builds the `dyad` command tree writing to the given streams; `setExit` receives a non-zero code for partial failures. */
export function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('dyad')
    .description(
      'Dyad: evidence-backed records of relations between two countries, from the documents people read about them',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
  ingestCommand(program, io, setExit)
  readCommands(program, io)
  relationCommands(program, io)
  serveCommand(program, io)
  extractCommand(program, io, setExit)
  evalCommand(program, io)
  explainCommand(program, io)
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
  return program
}

/** Runs `dyad` with arguments (without `node` and the script) and returns the exit code; never throws for a user's mistake. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok
  const program = createProgram(io, (c) => {
    code = Math.max(code, c)
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error, already printed by commander.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version'
        ? EXIT.ok
        : EXIT.usage
    }
    if (e instanceof CliError) {
      println(io.stderr, `dyad: ${e.message}`)
      return e.code
    }
    // The database cannot be used (busy, read-only, full, damaged…): the store's one line says which and why.
    if (e instanceof StoreUnavailableError) {
      println(io.stderr, `dyad: ${e.message}`)
      return EXIT.failed
    }
    println(io.stderr, `dyad: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    return EXIT.failed
  }
}
