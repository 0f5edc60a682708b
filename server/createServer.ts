import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Config } from './config'
import { createContributionLedger } from './contributions/ledger'
import { createDocumentManager } from './documents'
import { DomainEvents } from './events'
import { createProgressTracker } from './exercises/progressTracker'
import { createHistoryRecorder } from './history/recorder'
import { Health } from './health'
import { StorageFaults } from './storageFaults'
import { createApp } from './http/app'
import { createLogger, type Logger } from './logger'
import { attachRealtime } from './realtime'
import { OVERVIEW_INTERVAL_MS } from './realtime/events/exerciseOverview'
import { announceDemo, seedDemo } from './seed/demo'
import { createServices } from './services'
import { openStorage } from './storage'
import { loadServerSecret } from './storage/serverSecret'
import type { Storage } from './storage/types'

/** A started server. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:54321 */
  url: string
  port: number
  /** Stop accepting, store everything received, close connections and files. */
  close(): Promise<void>
}

/** Build and start the whole server: config → storage → services → HTTP app → real-time → listen. */
export async function createServer(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
  /** An opened storage to use instead of the configured one (tests inject faults at this seam). */
  opened?: Storage,
): Promise<RunningServer> {
  const health = new Health()
  // Before the storage: a damaged secret stops the start with nothing opened (created with 'wx', so two
  // processes starting at once agree on one secret).
  const secret = await loadServerSecret(config.secretFile, logger)
  const storage = opened ?? (await openStorage(config))
  const faults = new StorageFaults({ health, logger, probe: () => storage.probeWrite() })
  const events = new DomainEvents()
  const contributions = createContributionLedger({ storage, logger })
  // The recorder asks the manager whether a workspace is locked only when a room saves, long after both exist.
  const history = createHistoryRecorder({
    storage,
    events,
    logger,
    intervalMs: config.HISTORY_INTERVAL_MS,
    isLocked: (workspaceId) => documents.isLocked(workspaceId),
  })
  const progress = createProgressTracker({ throttleMs: OVERVIEW_INTERVAL_MS })
  const documents = createDocumentManager({
    storage,
    config,
    logger,
    attribution: contributions,
    history,
    progress,
    faults,
  })
  const services = createServices({
    storage,
    documents,
    events,
    config,
    logger,
    contributions,
    progress,
    secret,
  })
  // Before anything reads a document or anyone connects: every workspace's log onto its snapshot.
  const started = performance.now()
  const replayed = await documents.recover()
  if (replayed > 0)
    logger.info(
      `replayed the update logs of ${replayed} workspace(s) in ${Math.round(performance.now() - started)} ms`,
    )
  // Damaged files (moved to DATA_DIR/quarantine/, see docs/operations.md) are on /healthz until an operator clears
  // them, and each is logged once, naming the file: those found while opening and replaying now, later ones when seen.
  const loggedProblems = new Set<string>()
  const storageProblems = () => {
    const problems = storage.problems()
    for (const p of problems.filter((p) => !loggedProblems.has(`${p.since} ${p.message}`))) {
      loggedProblems.add(`${p.since} ${p.message}`)
      logger.error(`damaged data file ${p.subject ?? ''}: ${p.message}`)
    }
    return problems
  }
  health.addSource(storageProblems)
  // Files read on demand (workspace snapshots, grades, …) can be found damaged later: logged within seconds too.
  const problemLog = setInterval(storageProblems, 5_000).unref()
  // A folder holding damaged files is not empty, whatever could be read from it: no demo seeded over it.
  const demo =
    config.SEED_DEMO && storageProblems().length === 0 ? await seedDemo({ services, storage, config }) : null
  await services.submissions.start()
  await services.exercises.start()

  const app = createApp({
    services,
    config,
    logger,
    health,
    faults,
    durability: () => documents.durability(),
  })
  const httpServer = http.createServer(app)
  const realtime = attachRealtime({ httpServer, services, documents, events, config, logger, progress })

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.PORT, config.HOST, () => resolve())
  })
  const { port } = httpServer.address() as AddressInfo
  if (demo) announceDemo(demo, { config, logger, port })
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST

  let closing: Promise<void> | null = null
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        httpServer.close()
        services.submissions.stop()
        services.exercises.stop()
        await realtime.close()
        await documents.close()
        faults.stop()
        clearInterval(problemLog)
        await storage.close()
        httpServer.closeAllConnections()
      })()
      return closing
    },
  }
}
