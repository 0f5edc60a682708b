import type { RestoreMarker, Storage } from '../types'
import {
  MemoryCaseStore,
  MemoryClassStore,
  MemoryDocumentStore,
  MemoryLecturerStore,
  MemorySessionStore,
} from './stores'
import { MemoryContributionStore } from './contributions'
import { MemorySnapshotStore } from './history'
import { MemoryCommentStore, MemoryGradeStore, MemoryRubricStore } from './reviews'
import { MemorySelfCheckStore } from './selfChecks'
import { MemoryInvitationStore } from './invitations'
import { MemoryVersionStore } from './versions'

function memoryRestoreMarker(): RestoreMarker {
  let restoredAt: string | null = null
  return {
    get: async () => restoredAt,
    mark: async (at) => void (restoredAt = at),
  }
}

/** Storage that lives only in this process: for the storage contract suite and quick experiments. */
export function createMemoryStorage(): Storage {
  return {
    lecturers: new MemoryLecturerStore(),
    sessions: new MemorySessionStore(),
    classes: new MemoryClassStore(),
    cases: new MemoryCaseStore(),
    documents: new MemoryDocumentStore(),
    versions: new MemoryVersionStore(),
    comments: new MemoryCommentStore(),
    rubrics: new MemoryRubricStore(),
    grades: new MemoryGradeStore(),
    contributions: new MemoryContributionStore(),
    history: new MemorySnapshotStore(),
    selfChecks: new MemorySelfCheckStore(),
    invitations: new MemoryInvitationStore(),
    restore: memoryRestoreMarker(),
    // Nothing is read from files, so nothing can be found damaged.
    problems: () => [],
    async probeWrite() {},
    async close() {},
  }
}
