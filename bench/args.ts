/**
 * The arguments of a bench's command line, one flag at a time, each with a reader of its value: the next argument,
 * which the reader consumes (a flag without one is an error naming it).
 */
export function* flags(argv: readonly string[]): Generator<{ flag: string; value: () => string }> {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string
    yield {
      flag,
      value: () => {
        const v = argv[++i]
        if (v === undefined) throw new Error(`${flag} needs a value`)
        return v
      },
    }
  }
}
