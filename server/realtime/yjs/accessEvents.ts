import { CloseCode } from '../../../cases/contracts/closeCodes'
import type { DomainEvents } from '../../events'
import type { Logger } from '../../logger'
import type { AccessService } from '../../services/ports'
import type { YjsConnection } from './connection'
import type { ConnectionRegistry } from './registry'

/** Look again at whether a connection's session and access still hold; close it when they don't. */
async function recheck(connection: YjsConnection, access: AccessService): Promise<void> {
  const user = await access.authenticate(connection.ctx.token)
  if (!user) return connection.close(CloseCode.UNAUTHENTICATED, 'session ended')
  const role = await access.workspaceRole(user, connection.workspaceId)
  if (!role) return connection.close(CloseCode.NO_ACCESS, 'no access to this workspace')
  // Access changed kind (e.g. read → write): a transient close lets the client reconnect with the new role.
  if (role !== connection.ctx.role) connection.close(CloseCode.RESTARTING, 'access changed')
}

/**
 * Close document connections when access changes: a student moved to another team or removed, a lecturer taken
 * off a class, sessions revoked, a workspace deleted, submitted (LOCKED) or returned for revision (REOPENED), its
 * class archived (ARCHIVED) or unarchived (REOPENED).
 * Returns the function that stops listening.
 */
export function closeOnAccessChanges(deps: {
  events: DomainEvents
  access: AccessService
  registry: ConnectionRegistry<YjsConnection>
  logger: Logger
}): () => void {
  const { events, access, registry, logger } = deps
  const recheckAll = (connections: YjsConnection[]) => {
    for (const connection of connections) {
      recheck(connection, access).catch((error: unknown) => {
        logger.error('re-checking document access failed; closing', error)
        connection.close(CloseCode.RESTARTING, 'access check failed')
      })
    }
  }
  const onMembership = ({ userId, removed }: { userId: string; removed?: boolean }) => {
    if (removed)
      for (const c of registry.ofUser(userId)) c.close(CloseCode.NO_ACCESS, 'removed from the class')
    else recheckAll(registry.ofUser(userId))
  }
  const onRevoked = ({ userId, reason }: { userId: string; reason: string }) => {
    // A plain logout may end just one of several sessions: close only connections whose token died.
    if (reason === 'logout') recheckAll(registry.ofUser(userId))
    else for (const c of registry.ofUser(userId)) c.close(CloseCode.UNAUTHENTICATED, 'session ended')
  }
  // A lecturer taken off a class loses its workspaces; their other connections pass the re-check.
  const onLecturer = ({ lecturerId, teaching }: { lecturerId: string; teaching: boolean }) => {
    if (!teaching) recheckAll(registry.ofUser(lecturerId))
  }
  const onDeleted = ({ workspaceId }: { workspaceId: string }) => {
    for (const c of registry.ofWorkspace(workspaceId)) c.close(CloseCode.NO_ACCESS, 'workspace deleted')
  }
  const closeStudents = (workspaceId: string, code: number, reason: string) => {
    const students = registry.ofWorkspace(workspaceId).filter((c) => c.ctx.user.role === 'student')
    for (const connection of students) connection.close(code, reason)
  }
  // Submitted: terminal, the client reconnects only when told to and then gets a read-only connection.
  const onLocked = ({ workspaceId }: { workspaceId: string }) =>
    closeStudents(workspaceId, CloseCode.LOCKED, 'workspace submitted')
  // Returned: transient, the client reconnects at once and gets a writable connection.
  const onReopened = ({ workspaceId }: { workspaceId: string }) =>
    closeStudents(workspaceId, CloseCode.REOPENED, 'workspace reopened')
  // Archived: terminal like a submission (the client reconnects read-only); unarchived: transient, writable again.
  const onArchived = ({ archived, workspaceIds }: { archived: boolean; workspaceIds: string[] }) => {
    for (const workspaceId of workspaceIds) {
      if (archived) closeStudents(workspaceId, CloseCode.ARCHIVED, 'class archived')
      else closeStudents(workspaceId, CloseCode.REOPENED, 'class unarchived')
    }
  }
  events.on('membership:changed', onMembership)
  events.on('class:archived', onArchived)
  events.on('sessions:revoked', onRevoked)
  events.on('workspace:deleted', onDeleted)
  events.on('workspace:locked', onLocked)
  events.on('workspace:reopened', onReopened)
  events.on('lecturer:changed', onLecturer)
  return () => {
    events.off('membership:changed', onMembership)
    events.off('class:archived', onArchived)
    events.off('sessions:revoked', onRevoked)
    events.off('workspace:deleted', onDeleted)
    events.off('workspace:locked', onLocked)
    events.off('workspace:reopened', onReopened)
    events.off('lecturer:changed', onLecturer)
  }
}
