import { describe, expect, it } from 'vitest'
import type {
  ClassRecord,
  LecturerRecord,
  LoggedUpdate,
  SessionRecord,
  Storage,
  StoredDocument,
  StoredVersion,
} from '../../server/storage/types'
import { VersionExistsError } from '../../server/storage/types'
import type { SubmittedResult } from '../../cases/contracts/http'

/** How the contract suite gets a storage: a fresh one, and (for persistent stores) the same data reopened. */
export interface StorageFactory {
  open(): Promise<Storage>
  /** Close and reopen over the same data; undefined for stores that live only in memory. */
  reopen?: (storage: Storage) => Promise<Storage>
}

const now = () => new Date().toISOString()
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** A lecturer record for tests. */
export function lecturer(id: string, email = `${id}@example.test`): LecturerRecord {
  return { id, name: `Dosen ${id}`, email, passwordHash: 'scrypt$1$1$1$a$b', createdAt: now() }
}

/** A session record for tests. */
export function session(tokenHash: string, userId: string, expiresAt = later(1)): SessionRecord {
  return { tokenHash, userId, role: 'lecturer', createdAt: now(), expiresAt }
}

/** A class with one team, one student and one workspace. */
export function klass(id: string, lecturerId: string, joinCode: string | null = `CODE${id}`): ClassRecord {
  return {
    id,
    name: `Kelas ${id}`,
    joinCode,
    teamChoiceLocked: false,
    archived: false,
    ownerId: lecturerId,
    lecturerIds: [lecturerId],
    createdAt: now(),
    teams: [{ id: `${id}-t1`, name: 'Tim 1', createdAt: now() }],
    students: [{ id: `${id}-s1`, name: 'Ani', teamId: `${id}-t1`, returnCodeHash: 'h', joinedAt: now() }],
    assignments: [],
    workspaces: [{ id: `${id}-w1`, assignmentId: 'a1', teamId: `${id}-t1`, createdAt: now() }],
  }
}

/** A stored document for tests. */
export function storedDoc(bytes: number[]): StoredDocument {
  return {
    state: new Uint8Array(bytes),
    templates: ['fiveC'],
    clientOwners: { '123': 'student-1' },
    projection: { fiveC: { context: { notes: 'hello' } } },
    updatedAt: now(),
  }
}

/** An update-log record for tests (its bytes are a stand-in: the store never decodes them). */
export function record(byte: number, memberId: string | null): LoggedUpdate {
  return { update: new Uint8Array([byte, byte]), memberId }
}

/** A submitted version for tests (its result is a stand-in, not a real export). */
export function storedVersion(version: number, state: number[]): StoredVersion {
  const summary = {
    version,
    submittedAt: `2026-01-01T00:00:0${version}.000Z`,
    submittedBy: { id: 's1', name: 'Ani' },
  }
  const result = { ...summary, format: 'ruang-kasus.analysis/1' } as unknown as SubmittedResult
  return { ...summary, result, state: new Uint8Array(state) }
}

/** The behaviour every Storage implementation must have. */
export function storageContract(name: string, factory: StorageFactory): void {
  describe(`${name} storage contract`, () => {
    it('stores lecturers and finds them by id and by e-mail, case-insensitively', async () => {
      const storage = await factory.open()
      await storage.lecturers.put(lecturer('l1', 'ani@example.test'))
      expect((await storage.lecturers.get('l1'))?.email).toBe('ani@example.test')
      expect((await storage.lecturers.findByEmail('ANI@example.test'))?.id).toBe('l1')
      expect(await storage.lecturers.findByEmail('nobody@example.test')).toBeUndefined()
      expect((await storage.lecturers.list()).map((l) => l.id)).toEqual(['l1'])
      await storage.close()
    })

    it('returns copies, so changing a returned record changes nothing stored', async () => {
      const storage = await factory.open()
      await storage.classes.put(klass('c1', 'l1'))
      const copy = await storage.classes.get('c1')
      copy!.name = 'changed'
      copy!.students.length = 0
      expect((await storage.classes.get('c1'))?.name).toBe('Kelas c1')
      expect((await storage.classes.get('c1'))?.students).toHaveLength(1)
      await storage.close()
    })

    it('deletes sessions one by one and all of one user', async () => {
      const storage = await factory.open()
      await storage.sessions.put(session('h1', 'u1'))
      await storage.sessions.put(session('h2', 'u1'))
      await storage.sessions.put(session('h3', 'u2'))
      await storage.sessions.delete('h1')
      expect(await storage.sessions.get('h1')).toBeUndefined()
      await storage.sessions.deleteForUser('u1')
      expect(await storage.sessions.get('h2')).toBeUndefined()
      expect((await storage.sessions.get('h3'))?.userId).toBe('u2')
      await storage.close()
    })

    it('finds classes by join code, student, workspace and lecturer', async () => {
      const storage = await factory.open()
      await storage.classes.put(klass('c1', 'l1'))
      await storage.classes.put(klass('c2', 'l2', null))
      expect((await storage.classes.findByJoinCode('CODEc1'))?.id).toBe('c1')
      expect(await storage.classes.findByJoinCode('CODEc2')).toBeUndefined()
      expect((await storage.classes.findByStudent('c2-s1'))?.id).toBe('c2')
      expect((await storage.classes.findByWorkspace('c1-w1'))?.id).toBe('c1')
      expect((await storage.classes.listForLecturer('l2')).map((c) => c.id)).toEqual(['c2'])
      await storage.classes.delete('c1')
      expect(await storage.classes.get('c1')).toBeUndefined()
      expect((await storage.classes.list()).map((c) => c.id)).toEqual(['c2'])
      await storage.close()
    })

    it('stores, overwrites and deletes workspace documents', async () => {
      const storage = await factory.open()
      expect(await storage.documents.load('w1')).toBeUndefined()
      await storage.documents.store('w1', storedDoc([1, 2, 3]))
      await storage.documents.store('w1', storedDoc([4, 5]))
      const loaded = await storage.documents.load('w1')
      expect([...(loaded?.state ?? [])]).toEqual([4, 5])
      expect(loaded?.templates).toEqual(['fiveC'])
      expect(loaded?.clientOwners).toEqual({ '123': 'student-1' })
      await storage.documents.delete('w1')
      expect(await storage.documents.load('w1')).toBeUndefined()
      await storage.close()
    })

    it('appends update-log records of several workspaces at once and loads them after the snapshot, in order', async () => {
      const storage = await factory.open()
      await storage.documents.store('w1', storedDoc([1]))
      await storage.documents.store('w2', storedDoc([2]))
      await storage.documents.append(
        new Map([
          ['w1', [record(1, 'student-1'), record(2, null)]],
          ['w2', [record(3, 'student-2')]],
        ]),
      )
      await storage.documents.append(new Map([['w1', [record(4, 'student-1')]]]))
      const w1 = await storage.documents.load('w1')
      expect(w1?.log).toEqual([record(1, 'student-1'), record(2, null), record(4, 'student-1')])
      expect((await storage.documents.load('w2'))?.log).toEqual([record(3, 'student-2')])
      expect((await storage.documents.replayable()).workspaceIds.sort()).toEqual(['w1', 'w2'])
      await storage.close()
    })

    it('a snapshot cuts the records appended before it, and keeps those appended while it is stored', async () => {
      const storage = await factory.open()
      await storage.documents.store('w1', storedDoc([1]))
      await storage.documents.append(new Map([['w1', [record(1, 'student-1')]]]))
      const stored = storage.documents.store('w1', storedDoc([1, 1]))
      // Applied after the snapshot's state was read: not covered by it.
      const appended = storage.documents.append(new Map([['w1', [record(2, 'student-1')]]]))
      await Promise.all([stored, appended])
      const loaded = await storage.documents.load('w1')
      expect([...(loaded?.state ?? [])]).toEqual([1, 1])
      expect(loaded?.log).toEqual([record(2, 'student-1')])
      await storage.documents.store('w1', storedDoc([1, 1, 2]))
      expect((await storage.documents.load('w1'))?.log).toEqual([])
      expect((await storage.documents.replayable()).workspaceIds).toEqual([])
      await storage.documents.append(new Map([['w1', [record(3, null)]]]))
      await storage.documents.delete('w1')
      expect(await storage.documents.load('w1')).toBeUndefined()
      expect((await storage.documents.replayable()).workspaceIds).toEqual([])
      await storage.close()
    })

    it('remembers when the data was restored from a backup', async () => {
      const storage = await factory.open()
      expect(await storage.restore.get()).toBeNull()
      await storage.restore.mark('2026-12-01T08:00:00.000Z')
      expect(await storage.restore.get()).toBe('2026-12-01T08:00:00.000Z')
      await storage.close()
    })

    it('stores each version once, lists them oldest first, refuses to overwrite one and deletes them all', async () => {
      const storage = await factory.open()
      expect(await storage.versions.list('w1')).toEqual([])
      expect(await storage.versions.get('w1', 1)).toBeUndefined()
      await storage.versions.create('w1', storedVersion(2, [2]))
      await storage.versions.create('w1', storedVersion(1, [1]))
      await storage.versions.create('w2', storedVersion(1, [9]))
      expect((await storage.versions.list('w1')).map((v) => v.version)).toEqual([1, 2])
      expect((await storage.versions.list('w1'))[0]).toEqual({
        version: 1,
        submittedAt: '2026-01-01T00:00:01.000Z',
        submittedBy: { id: 's1', name: 'Ani' },
      })
      await expect(storage.versions.create('w1', storedVersion(1, [7]))).rejects.toBeInstanceOf(
        VersionExistsError,
      )
      const first = await storage.versions.get('w1', 1)
      expect([...(first?.state ?? [])]).toEqual([1])
      expect(first?.result).toEqual(storedVersion(1, [1]).result)
      await storage.versions.deleteAll('w1')
      expect(await storage.versions.list('w1')).toEqual([])
      expect((await storage.versions.list('w2')).map((v) => v.version)).toEqual([1])
      await storage.close()
    })

    it('stores, replaces and deletes contribution counters per workspace, keeping them across a reopen', async () => {
      let storage = await factory.open()
      expect(await storage.contributions.get('w1')).toBeUndefined()
      const counters = {
        charsAdded: 12,
        charsRemoved: 3,
        ecomapEdits: 1,
        fieldEdits: 2,
        activeMinutes: 4,
        lastMinute: 99,
      }
      const record = {
        workspaceId: 'w1',
        members: { s1: { ...counters, perTemplate: { fiveC: counters } } },
        updatedAt: now(),
      }
      await storage.contributions.put(record)
      record.members.s1.charsAdded = 999
      expect((await storage.contributions.get('w1'))?.members.s1?.charsAdded).toBe(12)
      await storage.contributions.put({ ...record, workspaceId: 'w2' })
      if (factory.reopen) storage = await factory.reopen(storage)
      expect((await storage.contributions.get('w1'))?.members.s1?.perTemplate.fiveC?.activeMinutes).toBe(4)
      await storage.contributions.delete('w1')
      expect(await storage.contributions.get('w1')).toBeUndefined()
      expect((await storage.contributions.get('w2'))?.members.s1?.charsAdded).toBe(999)
      await storage.close()
    })

    if (factory.reopen) {
      const reopen = factory.reopen
      it('keeps everything after close and reopen', async () => {
        const storage = await factory.open()
        await storage.lecturers.put(lecturer('l9'))
        await storage.sessions.put(session('h9', 'l9'))
        await storage.sessions.put(session('expired', 'l9', new Date(Date.now() - 1000).toISOString()))
        await storage.classes.put(klass('c9', 'l9'))
        await storage.cases.put({ ...caseStub('k9'), ownerId: 'l9' })
        await storage.documents.store('c9-w1', storedDoc([9, 8, 7]))
        await storage.documents.append(new Map([['c9-w1', [record(7, 'student-1')]]]))
        await storage.versions.create('c9-w1', storedVersion(1, [6, 5]))
        await storage.restore.mark('2026-12-01T08:00:00.000Z')
        const again = await reopen(storage)
        expect(await again.restore.get()).toBe('2026-12-01T08:00:00.000Z')
        expect((await again.documents.load('c9-w1'))?.log).toEqual([record(7, 'student-1')])
        expect(await again.documents.replayable()).toEqual({ workspaceIds: ['c9-w1'], tornBytes: 0 })
        expect((await again.lecturers.get('l9'))?.name).toBe('Dosen l9')
        expect((await again.sessions.get('h9'))?.userId).toBe('l9')
        expect(await again.sessions.get('expired')).toBeUndefined()
        expect((await again.classes.findByWorkspace('c9-w1'))?.id).toBe('c9')
        expect((await again.cases.get('k9'))?.ownerId).toBe('l9')
        expect([...((await again.documents.load('c9-w1'))?.state ?? [])]).toEqual([9, 8, 7])
        expect([...((await again.versions.get('c9-w1', 1))?.state ?? [])]).toEqual([6, 5])
        await again.close()
      })
    }
  })
}

function caseStub(id: string) {
  const text = { id: 'teks', en: 'text' }
  return {
    id,
    title: text,
    summary: text,
    scenario: text,
    templates: ['fiveC'],
    prompts: [text],
    source: 'test',
  }
}
