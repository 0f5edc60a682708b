/**
 * WebSocket close codes of the document connections (`/yjs/<workspaceId>`).
 * 4400–4499 are terminal: stock y-websocket clients stop reconnecting on them.
 * 4500–4599 are transient: clients reconnect.
 */
export const CloseCode = {
  /** A frame that is not a valid y-websocket message, or an update that cannot be applied. */
  BAD_MESSAGE: 4400,
  /** The session ended (logout, expiry). */
  UNAUTHENTICATED: 4401,
  /** The user may no longer open this workspace (removed or moved to another team). */
  NO_ACCESS: 4403,
  /** Updates under a Yjs client id that belongs to another member. */
  IMPERSONATION: 4409,
  /** A message larger than the configured limit (`WS_MAX_MESSAGE_BYTES`). */
  TOO_LARGE: 4413,
  /** An update that would take the document past its hard size limit (twice `DOCUMENT_SOFT_LIMIT_BYTES`). */
  DOCUMENT_TOO_LARGE: 4414,
  /** The workspace is submitted or locked; reconnecting gives a read-only connection. */
  LOCKED: 4423,
  /** The workspace's class was archived; reconnecting gives a read-only connection. */
  ARCHIVED: 4424,
  /** The server is restarting or unloading the document: reconnect. */
  RESTARTING: 4500,
  /** The workspace became editable again (returned, resumed): reconnect. */
  REOPENED: 4501,
  /** The server cannot store updates now (a full or failing disk): keep your edits and reconnect later. */
  STORAGE_UNAVAILABLE: 4503,
} as const

/** One of the named close codes. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** True for the codes after which a client should not reconnect. */
export const isTerminalCloseCode = (code: number): boolean => code >= 4400 && code < 4500
