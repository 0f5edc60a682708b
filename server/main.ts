import { ConfigError, loadConfig } from './config'
import { createServer, type RunningServer } from './createServer'
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
  // A log line must never cut the final save short: after the terminal closed (EIO) or a pipe reader left
  // (EPIPE), writes fail with an 'error' event that, unheard, would end the process. Only the line is lost.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)

  let server: RunningServer | null = null
  let stopRequested = false
  const stop = (running: RunningServer) => {
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('error while stopping', error)
        process.exit(1)
      },
    )
  }
  /**
   * The first request to stop stores everything and exits; any later one is ignored. A terminal's Ctrl-C, a
   * launcher forwarding the same signal, or an impatient second Ctrl-C must never cut the final save short.
   */
  const requestStop = (reason: string) => {
    if (stopRequested) {
      logger.warn(`${reason}: already stopping; waiting for the final save`)
      return
    }
    stopRequested = true
    logger.info(`${reason}: storing everything and stopping`)
    // Asked to stop while still starting (e.g. seeding): stop as soon as there is a server to close.
    if (server) stop(server)
  }
  // `on`, not `once`: after the first signal Node's default action (terminate at once) must stay replaced.
  process.on('SIGTERM', () => requestStop('SIGTERM'))
  process.on('SIGINT', () => requestStop('SIGINT'))
  // Started by scripts/start.mjs with an IPC channel: the channel closes when the launcher is gone (even when
  // it was SIGKILLed), and the server, in its own process group, would otherwise run on unattended.
  if (process.connected) {
    process.once('disconnect', () => requestStop('launcher exited'))
    // Only to notice the launcher going away: the channel alone must not keep the process running.
    process.channel?.unref()
  }

  server = await createServer(config, logger)
  logger.info(`Ruang Kasus is listening on ${server.url} (data in ${config.dataDir})`)
  if (stopRequested) stop(server)
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
