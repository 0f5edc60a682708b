import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { DocumentUnavailableError, type ClassRecord, type StoredDocument } from '../../server/storage/types'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-damaged-'))
  dirs.push(dir)
  return dir
}

function storedDoc(state: number[]): StoredDocument {
  return {
    state: new Uint8Array(state),
    templates: ['fiveC'],
    clientOwners: {},
    projection: {},
    updatedAt: '2026-12-07T20:00:00.000Z',
  }
}

function klass(id: string, name: string): ClassRecord {
  return {
    id,
    name,
    joinCode: null,
    teamChoiceLocked: false,
    archived: false,
    ownerId: 'l1',
    lecturerIds: ['l1'],
    createdAt: '2026-12-07T20:00:00.000Z',
    teams: [],
    students: [],
    assignments: [],
    workspaces: [],
  }
}

const record = (byte: number) => ({ update: new Uint8Array([byte]), memberId: 'student-1' })

/** Every file under the quarantine, as paths relative to it, without the notes. */
async function quarantined(dataDir: string): Promise<string[]> {
  const all = await readdir(path.join(dataDir, 'quarantine'), { recursive: true }).catch(() => [])
  const files = await Promise.all(
    all.map(async (f) => ((await stat(path.join(dataDir, 'quarantine', f))).isFile() ? f : null)),
  )
  return files.filter((f): f is string => f !== null && !f.endsWith('.why.json'))
}

describe('damaged files in the lowdb storage', () => {
  it('keeps the previous version of a record file as <name>.prev, private like the file', async () => {
    const dataDir = await tempDir()
    const storage = await openLowdbStorage(dataDir)
    await storage.classes.put(klass('c1', 'pertama'))
    await storage.classes.put(klass('c1', 'kedua'))
    await storage.close()
    const prev = JSON.parse(
      await readFile(path.join(dataDir, 'classes', 'c1.json.prev'), 'utf8'),
    ) as ClassRecord
    expect(prev.name).toBe('pertama')
    expect((await stat(path.join(dataDir, 'classes', 'c1.json.prev'))).mode & 0o777).toBe(0o600)
  })

  it('replaces a truncated class file by its previous version and moves the damaged one to the quarantine', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.classes.put(klass('c1', 'pertama'))
    await first.classes.put(klass('c1', 'kedua'))
    await first.close()
    const file = path.join(dataDir, 'classes', 'c1.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, 20))

    const again = await openLowdbStorage(dataDir)
    expect((await again.classes.get('c1'))?.name).toBe('pertama')
    const [problem] = again.problems()
    expect(problem).toMatchObject({ code: 'DAMAGED_FILE', subject: 'classes/c1.json' })
    expect(problem?.message).toContain('class c1')
    expect(await quarantined(dataDir)).toEqual([expect.stringMatching(/classes\/c1\.json$/)])
    // The good version is the file again, so the next start is clean apart from the quarantine.
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'pertama' })
    await again.close()
  })

  it('reports a class file that is null or has the wrong shape, naming the file, and serves the others', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.classes.put(klass('c1', 'satu'))
    await first.classes.put(klass('c2', 'dua'))
    await first.classes.put(klass('c3', 'tiga'))
    await first.close()
    await writeFile(path.join(dataDir, 'classes', 'c1.json'), 'null')
    await writeFile(
      path.join(dataDir, 'classes', 'c2.json'),
      JSON.stringify({ ...klass('c2', 'dua'), workspaces: 7 }),
    )

    const again = await openLowdbStorage(dataDir)
    expect((await again.classes.list()).map((c) => c.id)).toEqual(['c3'])
    const problems = again.problems()
    expect(problems.map((p) => [p.code, p.subject]).sort()).toEqual([
      ['RECORD_UNAVAILABLE', 'classes/c1.json'],
      ['RECORD_UNAVAILABLE', 'classes/c2.json'],
    ])
    expect(problems.find((p) => p.subject === 'classes/c1.json')?.message).toMatch(
      /class c1 is unavailable.*null/,
    )
    expect(problems.find((p) => p.subject === 'classes/c2.json')?.message).toMatch(
      /wrong shape at workspaces/,
    )
    await again.close()
  })

  it('a damaged snapshot is replaced by the previous one plus the log: nothing appended is lost', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.documents.store('w1', storedDoc([1]))
    await first.documents.append(new Map([['w1', [record(2)]]]))
    await first.documents.store('w1', storedDoc([1, 2]))
    await first.documents.append(new Map([['w1', [record(3)]]]))
    await first.documents.store('w1', storedDoc([1, 2, 3]))
    await first.close()
    // The previous snapshot lacks record 3, which the current one covers.
    const file = path.join(dataDir, 'workspaces', 'w1.json')
    const prev = JSON.parse(await readFile(`${file}.prev`, 'utf8')) as { state: string }
    expect([...Buffer.from(prev.state, 'base64')]).toEqual([1, 2])
    await writeFile(file, '{"state": "AQID", "temp')

    const again = await openLowdbStorage(dataDir)
    const loaded = await again.documents.load('w1')
    expect([...(loaded?.state ?? [])]).toEqual([1, 2])
    expect(loaded?.log.map((r) => [...r.update])).toEqual([[3]])
    expect(again.problems()).toEqual([
      expect.objectContaining({ code: 'DAMAGED_FILE', subject: 'workspaces/w1.json' }),
    ])
    await again.close()
  })

  it('a damaged snapshot with no good version is unavailable, and its log records are kept', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.documents.store('w1', storedDoc([1]))
    await first.documents.append(new Map([['w1', [record(2)]]]))
    await first.close()
    const file = path.join(dataDir, 'workspaces', 'w1.json')
    await writeFile(file, 'garbage')
    await unlink(`${file}.prev`)

    const again = await openLowdbStorage(dataDir)
    await expect(again.documents.load('w1')).rejects.toBeInstanceOf(DocumentUnavailableError)
    expect(again.problems()).toEqual([
      expect.objectContaining({ code: 'RECORD_UNAVAILABLE', subject: 'workspaces/w1.json' }),
    ])
    expect(again.problems()[0]?.message).toContain('workspace w1')
    await again.close()
    // Not forgotten: the log still holds w1's record for whoever repairs the snapshot.
    expect(await readdir(path.join(dataDir, 'log'))).toHaveLength(1)
    // The file is now in the quarantine: still unavailable (not an empty document) until the problem is cleared.
    const third = await openLowdbStorage(dataDir)
    await expect(third.documents.load('w1')).rejects.toBeInstanceOf(DocumentUnavailableError)
    await third.close()
    expect(await readdir(path.join(dataDir, 'log'))).toHaveLength(1)
  })

  it('clearing the quarantine clears the problems, without reopening', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.grades.put({
      workspaceId: 'w1',
      scores: [],
      feedback: '',
      adjustments: [],
      released: false,
      releasedAt: null,
      updatedAt: '2026-12-07T20:00:00.000Z',
      gradedBy: 'l1',
    })
    await first.close()
    await writeFile(path.join(dataDir, 'grades', 'w1.json'), '{"workspaceId": "w1", "sco')
    await unlink(path.join(dataDir, 'grades', 'w1.json.prev')).catch(() => undefined)

    const again = await openLowdbStorage(dataDir)
    expect(await again.grades.get('w1')).toBeUndefined()
    expect(again.problems()).toEqual([
      expect.objectContaining({ code: 'RECORD_UNAVAILABLE', subject: 'grades/w1.json' }),
    ])
    await rm(path.join(dataDir, 'quarantine'), { recursive: true })
    await expect.poll(() => again.problems(), { timeout: 5000 }).toEqual([])
    await again.close()
  })

  it('copies a log segment with damage that is not a torn tail to the quarantine, and replays the rest', async () => {
    const dataDir = await tempDir()
    const first = await openLowdbStorage(dataDir)
    await first.documents.store('w1', storedDoc([1]))
    await first.documents.append(new Map([['w1', [record(2)]]]))
    await first.close()
    const garbage = '0000000000000000.0000000000000000.log'
    await writeFile(path.join(dataDir, 'log', garbage), 'this is not a log segment at all, just text')

    const again = await openLowdbStorage(dataDir)
    expect(again.problems()).toEqual([
      expect.objectContaining({ code: 'DAMAGED_LOG_SEGMENT', subject: `log/${garbage}` }),
    ])
    expect((await again.documents.load('w1'))?.log.map((r) => [...r.update])).toEqual([[2]])
    expect(await quarantined(dataDir)).toEqual([expect.stringContaining(`log/${garbage}`)])
    await again.close()
  })
})
