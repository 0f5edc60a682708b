import type http from 'node:http'
import type { Duplex } from 'node:stream'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type { Config } from '../config'
import type { DocumentManager } from '../documents'
import type { DomainEvents } from '../events'
import type { Logger } from '../logger'
import type { ProgressTracker } from '../exercises/progressTracker'
import type { HelpService } from '../services/exerciseHelp'
import type { ExerciseService } from '../services/exercises'
import type { AccessService } from '../services/ports'
import { pushExerciseOverview } from './events/exerciseOverview'
import { forwardExercises } from './events/exercises'
import { forwardDomainEvents } from './events/forward'
import { createEventsServer } from './events/server'
import { rejectUpgrade } from './reject'
import { closeOnAccessChanges } from './yjs/accessEvents'
import type { YjsConnection } from './yjs/connection'
import { createYjsEndpoint } from './yjs/endpoint'
import { ConnectionRegistry } from './yjs/registry'

/** The real-time layer attached to the HTTP server. */
export interface Realtime {
  /** Store everything received, then close every connection (documents with RESTARTING). */
  close(): Promise<void>
}

/**
 * Attach the real-time layer: one `upgrade` listener routes `/yjs/<workspaceId>` to the live documents,
 * `/socket.io/` to socket.io, and answers anything else with 404.
 */
export function attachRealtime(deps: {
  httpServer: http.Server
  services: { access: AccessService; help: HelpService; exercises: ExerciseService }
  documents: DocumentManager
  events: DomainEvents
  config: Config
  logger: Logger
  /** Progress of live exercises' workspaces, for the live overview. */
  progress: ProgressTracker
}): Realtime {
  const { httpServer, services, documents, events, config, logger } = deps
  const { access } = services
  const registry = new ConnectionRegistry<YjsConnection>()
  const yjs = createYjsEndpoint({ access, documents, registry, config, logger })
  const io = createEventsServer({ httpServer, access, config, logger })
  const stopClosing = closeOnAccessChanges({ events, access, registry, logger })
  const stopForwarding = forwardDomainEvents({ io, events, access, logger })
  const stopExercises = forwardExercises({
    io,
    events,
    access,
    help: services.help,
    exercises: services.exercises,
    registry,
    logger,
  })
  const stopOverview = pushExerciseOverview({
    io,
    events,
    exercises: services.exercises,
    progress: deps.progress,
    documents,
    registry,
    logger,
  })

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => logger.debug('upgrade socket error', error))
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname.startsWith('/yjs/')) yjs.handleUpgrade(req, socket, head, url)
    else if (url.pathname.startsWith('/socket.io/')) io.engine.handleUpgrade(req, socket, head)
    else rejectUpgrade(socket, 404, 'not_found', 'No such endpoint')
  }
  httpServer.on('upgrade', onUpgrade)

  let closing: Promise<void> | null = null
  return {
    close() {
      closing ??= (async () => {
        yjs.stopAccepting()
        httpServer.off('upgrade', onUpgrade)
        stopClosing()
        stopForwarding()
        stopExercises()
        stopOverview()
        await documents.flushAll().catch((error: unknown) => logger.error('flushing documents failed', error))
        for (const connection of registry.all()) connection.close(CloseCode.RESTARTING, 'server restarting')
        await yjs.close()
        io.disconnectSockets(true)
        await new Promise<void>((resolve) => io.close(() => resolve()))
      })()
      return closing
    },
  }
}
