import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { CloseCode, isTerminalCloseCode } from '../../../cases/contracts/closeCodes'
import { ACK_PARAM, MessageType, readSavedMessage } from '../../../cases/contracts/yjsMessages'
import { sanitizeIncomingPresence } from './remotePresence'
import type { SaveTracker } from './saveTracker'

/** ws(s)://<this host>/yjs — same origin, so the session cookie authenticates the upgrade. */
function yjsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`
}

/**
 * The server closed the connection because the work was submitted (LOCKED), its class archived (ARCHIVED), or it
 * takes edits again (REOPENED: returned, resumed, unarchived).
 */
export type LockChange = typeof CloseCode.LOCKED | typeof CloseCode.ARCHIVED | typeof CloseCode.REOPENED

const isLockChange = (code: number): code is LockChange =>
  code === CloseCode.LOCKED || code === CloseCode.ARCHIVED || code === CloseCode.REOPENED

/** After LOCKED or ARCHIVED a new connection is read-only: reconnect to keep seeing the work. */
const shouldReconnect = (event: CloseEvent) =>
  event.code === CloseCode.LOCKED || event.code === CloseCode.ARCHIVED || !isTerminalCloseCode(event.code)

/**
 * Open the live connection of a workspace with durable-save acknowledgements, feeding the tracker.
 * Cross-tab sharing is off (shared lab computers); the browser's offline/online events close and
 * reopen the socket, because a dead Wi-Fi link can keep a WebSocket looking open for a long time.
 * Returns the provider and a function that stops it all.
 */
export function connectProvider(
  workspaceId: string,
  doc: Y.Doc,
  tracker: SaveTracker,
  onLockChange: (code: LockChange) => void,
) {
  const provider = new WebsocketProvider(yjsUrl(), workspaceId, doc, {
    params: { [ACK_PARAM]: '1' },
    disableBc: true,
    connect: false,
    shouldReconnect,
  })
  provider.messageHandlers[MessageType.SAVED] = (_encoder, decoder) =>
    tracker.onSaved(readSavedMessage(decoder))
  sanitizeIncomingPresence(provider)

  let terminal = false
  // Once a connection was lost, reconnect attempts still read "offline": edits stay on this device.
  let wasDown = false
  provider.on('status', ({ status }) => {
    if (status !== 'connected') wasDown = wasDown || status === 'disconnected'
    tracker.setConnection(
      status === 'connected'
        ? 'online'
        : status === 'connecting' && !wasDown && !terminal
          ? 'connecting'
          : 'offline',
    )
  })
  provider.on('connection-close', (event) => {
    if (event && isLockChange(event.code)) onLockChange(event.code)
    else if (event && isTerminalCloseCode(event.code)) {
      terminal = true
      tracker.setClosed({ code: event.code, reason: event.reason })
    } else if (!navigator.onLine) tracker.setConnection('offline')
  })
  provider.on('connection-error', () => {
    wasDown = true
    tracker.setConnection('offline')
  })

  const goOffline = () => {
    wasDown = true
    provider.disconnect()
    tracker.setConnection('offline')
  }
  const goOnline = () => {
    if (!terminal) provider.connect()
  }
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  if (navigator.onLine) provider.connect()
  else tracker.setConnection('offline')

  const stop = () => {
    window.removeEventListener('offline', goOffline)
    window.removeEventListener('online', goOnline)
    provider.destroy()
  }
  return { provider, stop }
}
