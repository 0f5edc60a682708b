import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStorage } from '../../server/storage'
import { LOCK_FILE } from '../../server/storage/dataLock'
import { runCli } from '../helpers/cli'

/** Every file and folder under `dir`, relative, with its permission bits. */
async function modes(dir: string, prefix = ''): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name)
    found.set(relative, (await stat(path.join(dir, entry.name))).mode & 0o777)
    if (entry.isDirectory()) {
      for (const [name, mode] of await modes(path.join(dir, entry.name), relative)) found.set(name, mode)
    }
  }
  return found
}

describe('backup and restore commands', () => {
  let root = ''
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true })
    root = ''
  })

  it('copy private files only, leave out the lock, temp files and quarantine, and refuse unsafe targets', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-cli-'))
    const dataDir = path.join(root, 'data')
    // Real data written by the storage, plus what a backup must leave out; the lock is held meanwhile.
    const storage = await openStorage({ dataDir, LOG_LEVEL: 'silent' })
    await storage.lecturers.put({
      id: 'dosen1',
      name: 'Dosen Satu',
      email: 'satu@example.test',
      passwordHash: 'scrypt$x',
      createdAt: new Date().toISOString(),
    })
    await writeFile(path.join(dataDir, 'classes', '.kelas.json.123.tmp'), 'unfinished')
    await mkdir(path.join(dataDir, 'quarantine'))
    await writeFile(path.join(dataDir, 'quarantine', 'rusak.json'), 'garbage')

    const target = path.join(root, 'cadangan')
    const made = await runCli('backup', [target], dataDir)
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    const copied = await modes(target)
    expect(copied.has('lecturers.json')).toBe(true)
    expect(copied.has('backup.json')).toBe(true)
    expect(copied.has(LOCK_FILE)).toBe(false)
    expect(copied.has('quarantine')).toBe(false)
    expect([...copied.keys()].some((name) => name.endsWith('.tmp'))).toBe(false)
    for (const [name, mode] of copied) {
      const isDir = (await stat(path.join(target, name))).isDirectory()
      expect(mode, name).toBe(isDir ? 0o700 : 0o600)
    }
    expect(JSON.parse(await readFile(path.join(target, 'lecturers.json'), 'utf8'))).toEqual(
      JSON.parse(await readFile(path.join(dataDir, 'lecturers.json'), 'utf8')),
    )

    const again = await runCli('backup', [target], dataDir)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/^Backup failed: .*cadangan is not empty/)
    const inside = await runCli('backup', [path.join(dataDir, 'cadangan')], dataDir)
    expect(inside.code).toBe(2)
    expect(inside.stderr).toMatch(/must be outside the data folder/)

    // The storage is open in this process: the restore is refused and names this pid.
    const refused = await runCli('restore', [target], dataDir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`pid ${process.pid}`)
    await storage.close()

    const notBackup = await runCli('restore', [path.join(root, 'nothing')], dataDir)
    expect(notBackup.code).toBe(1)
    expect(notBackup.stderr.trim().split('\n')).toHaveLength(1)
    expect(notBackup.stderr).toMatch(/is not a finished backup \(no backup.json\)/)
  })

  it('restores into a missing data folder and into one whose contents it moves aside, marking the restore', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-cli-'))
    const source = path.join(root, 'sumber')
    const storage = await openStorage({ dataDir: source, LOG_LEVEL: 'silent' })
    await storage.lecturers.put({
      id: 'dosen1',
      name: 'Dosen Satu',
      email: 'satu@example.test',
      passwordHash: 'scrypt$x',
      createdAt: new Date().toISOString(),
    })
    await storage.close()
    const backup = path.join(root, 'cadangan')
    expect((await runCli('backup', [backup], source)).code).toBe(0)

    const fresh = path.join(root, 'baru')
    const intoFresh = await runCli('restore', [backup], fresh)
    expect(intoFresh.stderr).toBe('')
    expect(intoFresh.code).toBe(0)
    const restored = await openStorage({ dataDir: fresh, LOG_LEVEL: 'silent' })
    expect(await restored.lecturers.findByEmail('satu@example.test')).toMatchObject({ id: 'dosen1' })
    expect(await restored.restore.get()).not.toBeNull()
    await restored.close()

    // Restoring over data keeps that data beside the folder.
    await writeFile(path.join(fresh, 'catatan-operator.txt'), 'jangan dihapus')
    const over = await runCli('restore', [backup], fresh)
    expect(over.code).toBe(0)
    const aside = /previous contents are in (\S+)$/.exec(over.stdout.trim())?.[1]
    expect(aside).toBeDefined()
    expect(await readFile(path.join(aside!, 'catatan-operator.txt'), 'utf8')).toBe('jangan dihapus')
    expect((await readdir(fresh)).includes('catatan-operator.txt')).toBe(false)
    expect((await readdir(fresh)).includes(LOCK_FILE)).toBe(false)
  })
})
