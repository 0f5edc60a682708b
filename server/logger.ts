/** Levels in increasing verbosity. */
const LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const

/** A minimal leveled logger writing one line per event to stderr/stdout. */
export interface Logger {
  error(message: string, detail?: unknown): void
  warn(message: string, detail?: unknown): void
  info(message: string, detail?: unknown): void
  debug(message: string, detail?: unknown): void
}

/** A logger that prints messages at or above `level`. */
export function createLogger(level: (typeof LEVELS)[number]): Logger {
  const max = LEVELS.indexOf(level)
  const at =
    (name: (typeof LEVELS)[number], write: (line: string) => void) => (message: string, detail?: unknown) => {
      if (LEVELS.indexOf(name) > max) return
      const extra =
        detail instanceof Error
          ? ` ${detail.message}`
          : detail === undefined
            ? ''
            : ` ${JSON.stringify(detail)}`
      write(`[${new Date().toISOString()}] ${name}: ${message}${extra}\n`)
    }
  return {
    error: at('error', (l) => process.stderr.write(l)),
    warn: at('warn', (l) => process.stderr.write(l)),
    info: at('info', (l) => process.stdout.write(l)),
    debug: at('debug', (l) => process.stdout.write(l)),
  }
}
