import type { DomainEventMap, DomainEvents } from '../../events'
import type { EventsServer } from './server'

/**
 * Tell a workspace's team and the class's lecturers that a stage self-check changed (only the id: each refetches
 * what they may see). Returns the function that stops listening.
 */
export function forwardSelfChecks(deps: { io: EventsServer; events: DomainEvents }): () => void {
  const { io, events } = deps
  const onChanged = ({ classId, teamId, workspaceId }: DomainEventMap['selfcheck:changed'][0]) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('selfcheck:changed', { workspaceId })
  }
  events.on('selfcheck:changed', onChanged)
  return () => events.off('selfcheck:changed', onChanged)
}
