import type http from 'node:http'
import { Server } from 'socket.io'
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../../../cases/contracts/socketEvents'
import type { Config } from '../../config'
import type { Logger } from '../../logger'
import type { AccessService } from '../../services/ports'
import { originAllowed, readCredentials } from '../handshake'

/** What the server keeps on each socket: the contract's data plus the token, to re-check sessions. */
export type ServerSocketData = SocketData & { token: string }

/** The typed socket.io server of class events. */
export type EventsServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  ServerSocketData
>

/**
 * Create the socket.io server on the HTTP server (path /socket.io). Upgrades are routed to it by the caller:
 * the upgrade listener engine.io installs is removed again, so one listener decides every upgrade.
 */
export function createEventsServer(deps: {
  httpServer: http.Server
  access: AccessService
  config: Config
  logger: Logger
}): EventsServer {
  const { httpServer, access, config, logger } = deps
  const before = new Set(httpServer.listeners('upgrade'))
  const io: EventsServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    destroyUpgrade: false,
  })
  for (const listener of httpServer.listeners('upgrade')) {
    if (!before.has(listener)) httpServer.off('upgrade', listener as (...args: unknown[]) => void)
  }

  io.use((socket, next) => {
    const { auth } = socket.handshake
    const credentials = readCredentials(
      socket.request,
      typeof auth.token === 'string' ? auth.token : undefined,
    )
    if (!credentials) return next(new Error('unauthenticated'))
    if (credentials.viaCookie && !originAllowed(socket.request, config)) return next(new Error('forbidden'))
    access
      .authenticate(credentials.token)
      .then(async (user) => {
        if (!user) return next(new Error('unauthenticated'))
        socket.data = { userId: user.id, role: user.role, token: credentials.token }
        await socket.join(await access.rooms(user))
        next()
      })
      .catch((error: unknown) => {
        logger.error('socket.io authentication failed', error)
        next(new Error('internal'))
      })
  })
  return io
}
