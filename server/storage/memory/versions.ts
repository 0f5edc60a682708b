import { VersionExistsError, type StoredVersion, type VersionStore } from '../types'

/** Submitted versions held in memory, copied in and out like every memory store. */
export class MemoryVersionStore implements VersionStore {
  readonly byWorkspace = new Map<string, Map<number, StoredVersion>>()

  async create(workspaceId: string, version: StoredVersion): Promise<void> {
    let versions = this.byWorkspace.get(workspaceId)
    if (!versions) this.byWorkspace.set(workspaceId, (versions = new Map()))
    if (versions.has(version.version)) throw new VersionExistsError(`Version ${version.version} exists`)
    versions.set(version.version, structuredClone(version))
  }

  async get(workspaceId: string, version: number): Promise<StoredVersion | undefined> {
    const stored = this.byWorkspace.get(workspaceId)?.get(version)
    return stored && structuredClone(stored)
  }

  async list(workspaceId: string) {
    return [...(this.byWorkspace.get(workspaceId)?.values() ?? [])]
      .sort((a, b) => a.version - b.version)
      .map(({ version, submittedAt, submittedBy }) => ({
        version,
        submittedAt,
        submittedBy: { ...submittedBy },
      }))
  }

  async deleteAll(workspaceId: string): Promise<void> {
    this.byWorkspace.delete(workspaceId)
  }
}
