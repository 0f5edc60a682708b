import { parseArgs } from 'node:util'
import { ConfigError, loadConfig, type Config } from '../config'
import { oneLine } from './dataCopy'

/** The server's configuration for a CLI (DATA_DIR and the rest from the environment); null after writing why not. */
export function cliConfig(err: NodeJS.WritableStream): Config | null {
  try {
    return loadConfig()
  } catch (error) {
    err.write(`${error instanceof ConfigError ? error.message : String(error)}\n`)
    return null
  }
}

/** The one folder argument of a CLI (`npm run x -- <folder>`); null after writing the usage. */
export function folderArgument(argv: string[], usage: string, err: NodeJS.WritableStream): string | null {
  let positionals: string[]
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, options: {} }).positionals
  } catch (error) {
    err.write(`${oneLine(error)}\n${usage}\n`)
    return null
  }
  if (positionals.length !== 1 || !positionals[0]) {
    err.write(`${usage}\n`)
    return null
  }
  return positionals[0]
}
