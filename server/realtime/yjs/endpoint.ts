import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { ACK_PARAM } from '../../../cases/contracts/yjsMessages'
import type { Config } from '../../config'
import type { DocumentManager } from '../../documents'
import type { Logger } from '../../logger'
import type { AccessService } from '../../services/ports'
import { originAllowed, readCredentials } from '../handshake'
import { rejectUpgrade } from '../reject'
import { YjsConnection } from './connection'
import type { ConnectionRegistry } from './registry'

/** Frames above this many times the configured limit are refused by `ws` itself (close code 1009). */
export const HARD_CEILING_FACTOR = 4

const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** Dependencies of the document endpoint. */
export interface YjsEndpointDeps {
  access: AccessService
  documents: DocumentManager
  registry: ConnectionRegistry<YjsConnection>
  config: Config
  logger: Logger
}

/** The `/yjs/<workspaceId>` endpoint: authenticates before upgrading, then hands the socket to a connection. */
export function createYjsEndpoint(deps: YjsEndpointDeps) {
  const { access, config, logger } = deps
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.WS_MAX_MESSAGE_BYTES * HARD_CEILING_FACTOR,
    perMessageDeflate: false,
  })
  let accepting = true

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    if (!accepting) return rejectUpgrade(socket, 503, 'unavailable', 'The server is restarting')
    const credentials = readCredentials(req, url.searchParams.get('token'))
    if (!credentials) return rejectUpgrade(socket, 401, 'unauthenticated', 'Sign in first')
    if (credentials.viaCookie && !originAllowed(req, config)) {
      return rejectUpgrade(socket, 403, 'forbidden', 'Origin not allowed')
    }
    const user = await access.authenticate(credentials.token)
    if (!user) return rejectUpgrade(socket, 401, 'unauthenticated', 'Sign in first')
    const workspaceId = url.pathname.slice('/yjs/'.length)
    // Unknown and foreign workspaces get the same answer, so nothing leaks about other teams.
    const role = WORKSPACE_ID.test(workspaceId) ? await access.workspaceRole(user, workspaceId) : null
    if (!role) return rejectUpgrade(socket, 403, 'forbidden', 'No access to this workspace')
    if (socket.destroyed) return
    if (!accepting) return rejectUpgrade(socket, 503, 'unavailable', 'The server is restarting')
    wss.handleUpgrade(req, socket, head, (ws) => {
      new YjsConnection(ws, {
        ...deps,
        workspaceId,
        user,
        role,
        token: credentials.token,
        ack: url.searchParams.get(ACK_PARAM) === '1',
      })
    })
  }

  return {
    /** Handle an upgrade whose path starts with `/yjs/`. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void {
      handleUpgrade(req, socket, head, url).catch((error: unknown) => {
        logger.error('document upgrade failed', error)
        rejectUpgrade(socket, 500, 'internal', 'Something went wrong')
      })
    },
    /** Refuse new connections from now on. */
    stopAccepting(): void {
      accepting = false
    },
    /** Release the WebSocket server (connections are closed by the caller). */
    close(): Promise<void> {
      return new Promise((resolve) => wss.close(() => resolve()))
    },
  }
}

/** The document endpoint. */
export type YjsEndpoint = ReturnType<typeof createYjsEndpoint>
