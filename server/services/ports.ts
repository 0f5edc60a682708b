import type * as Y from 'yjs'

/** Whoever a session token belongs to, as the server knows them. */
export type AuthUser =
  | { id: string; role: 'lecturer'; name: string; email: string }
  | { id: string; role: 'student'; name: string; classId: string; teamId: string | null }

/** What a user may do with a workspace's live document. */
export type WorkspaceRole = 'write' | 'read'

/** Authentication and authorisation, shared by HTTP, the document connections and socket.io. */
export interface AccessService {
  /** The user behind a session token, or null when it is unknown or expired. */
  authenticate(token: string): Promise<AuthUser | null>
  /**
   * 'write' for members of the workspace's team ('read' while it is submitted or its class archived), 'read' for lecturers of its
   * class, null otherwise.
   */
  workspaceRole(user: AuthUser, workspaceId: string): Promise<WorkspaceRole | null>
  /** The socket.io rooms the user belongs in: `user:<id>`, `class:<id>`, `team:<id>`, `lecturers:<classId>`. */
  rooms(user: AuthUser): Promise<string[]>
}

/** Thrown by LiveDocuments.change while the workspace is locked (submitted). */
export class DocumentLockedError extends Error {}

/** Thrown by LiveDocuments.change when the change could take the document past its hard size limit. */
export class DocumentTooLargeError extends Error {}

/** The workspace's updates cannot be made durable now (a full or failing disk); it takes none until they can. */
export class DocumentUnwritableError extends Error {}

/** The live documents of workspaces, as the services need them. Implemented in server/documents. */
export interface LiveDocuments {
  /** Create a workspace's document with the whole structure of its templates, and store it durably. */
  create(workspaceId: string, templateIds: readonly string[]): Promise<void>
  /** Read the current document (the live one if loaded, else the stored one). Do not modify it. */
  read<T>(workspaceId: string, fn: (doc: Y.Doc) => T): Promise<T>
  /**
   * Change the live document (loading it when it is not loaded): `fn` makes its own transaction with its own origin,
   * which connected clients receive and the room saves like any update. Rejects with DocumentLockedError, without
   * calling `fn`, while the workspace takes no updates, and with DocumentTooLargeError when the document plus
   * `addsAtMost` bytes (what the change may add, when the caller can bound it) would pass the hard size limit.
   */
  change<T>(workspaceId: string, fn: (doc: Y.Doc) => T, addsAtMost?: number): Promise<T>
  /** Close every connection to a workspace and delete its stored document. */
  delete(workspaceId: string): Promise<void>
  /**
   * Refuse every update to a workspace from now on (whoever sends it, whatever role their connection was
   * given), then store the live document: what is stored afterwards is exactly what was submitted.
   */
  lock(workspaceId: string): Promise<void>
  /** Accept updates again (the work was returned for revision). */
  unlock(workspaceId: string): void
  /** Whether updates to this workspace are refused. */
  isLocked(workspaceId: string): boolean
}
