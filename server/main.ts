import { ConfigError, loadConfig } from './config'
import { createServer } from './createServer'
import { createLogger } from './logger'

/** The executable: a thin shell over createServer(). */
async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(2)
    }
    throw error
  }
  const logger = createLogger(config.LOG_LEVEL)
  const server = await createServer(config, logger)
  logger.info(`Ruang Kasus is listening on ${server.url} (data in ${config.dataDir})`)

  const stop = (signal: string) => {
    logger.info(`${signal}: storing everything and stopping`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('error while stopping', error)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
