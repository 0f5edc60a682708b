import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { setupClassWithTeams } from '../helpers/api'
import { startChildServer, type ChildServer } from '../helpers/childServer'
import { connectSynced, createMessageLog, waitForSavedCovering, waitForText } from '../helpers/yclient'

/** A small tmpfs of our own, where the machine lets us mount one (root); otherwise why not. */
function mountSmallDisk(): { dir: string } | { reason: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ruang-kasus-small-disk-'))
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', dir], {
    encoding: 'utf8',
  })
  if (mounted.status === 0) return { dir }
  rmSync(dir, { recursive: true, force: true })
  return { reason: (mounted.stderr || mounted.error?.message || `mount exited ${mounted.status}`).trim() }
}

/** Fill the disk holding `file` until writes fail with ENOSPC. */
async function fill(file: string): Promise<void> {
  const handle = await open(file, 'w')
  const chunk = Buffer.alloc(256 * 1024)
  try {
    for (;;) await handle.write(chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    await handle.close()
  }
}

const disk = mountSmallDisk()
if ('reason' in disk) console.log(`real full-disk test skipped: cannot mount a tmpfs here (${disk.reason})`)

describe.runIf('dir' in disk)('a real full disk (a 16 MiB tmpfs)', () => {
  const dir = 'dir' in disk ? disk.dir : ''
  let server: ChildServer | null = null
  afterAll(async () => {
    await server?.stop('SIGKILL')
    spawnSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
  })

  it('edits pause and REST writes answer 503 while it is full; all resumes by itself when space returns', async () => {
    const dataDir = path.join(dir, 'data')
    mkdirSync(dataDir)
    server = await startChildServer(dataDir)
    const health = async () =>
      (await (await fetch(`${server!.url}/healthz`)).json()) as {
        status: string
        problems?: { message: string }[]
      }
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const workspaceId = setup.workspaceIds[0]!
    const log = createMessageLog()
    const ayu = await connectSynced(server.wsUrl, workspaceId, setup.students[0]![0]!.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    const budi = await connectSynced(server.wsUrl, workspaceId, setup.students[0]![1]!.token)
    const closes: number[] = []
    ayu.provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code))
    try {
      ayu.notes().insert(0, 'sebelum penuh. ')
      await waitForSavedCovering(log, ayu.doc)

      // Fill the disk, then type more than the free end of the log's last page. A write elsewhere may free a
      // little space (a file replaced by a new version), so fill again until an append really fails.
      const fillers: string[] = []
      const typed: string[] = []
      for (let attempt = 1; !closes.includes(CloseCode.STORAGE_UNAVAILABLE); attempt++) {
        if (attempt > 5) throw new Error('the disk never refused an append')
        const filler = path.join(dir, `filler-${attempt}`)
        fillers.push(filler)
        await fill(filler)
        const token = `saat penuh ${attempt}.${' isi'.repeat(5_000)}`
        typed.push(token)
        ayu.notes().insert(ayu.notes().length, token)
        // Whichever comes first; the other is left to time out quietly.
        const refused = vi
          .waitFor(() => expect(closes).toContain(CloseCode.STORAGE_UNAVAILABLE), { timeout: 10_000 })
          .catch(() => undefined)
        const stored = waitForText(budi.doc, (t) => t.endsWith(token), 10_000).catch(() => undefined)
        await Promise.race([refused, stored])
      }
      await vi.waitFor(async () => expect((await health()).status).toBe('degraded'), { timeout: 5_000 })
      expect((await health()).problems?.some((p) => p.message.includes('ENOSPC'))).toBe(true)
      const refused = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/teams`, {
        name: 'Tim Baru',
      })
      expect(refused.status).toBe(503)

      expect(budi.notes().toString()).not.toContain(typed.at(-1))
      for (const filler of fillers) await rm(filler)
      await waitForText(budi.doc, `sebelum penuh. ${typed.join('')}`, 15_000)
      await waitForSavedCovering(log, ayu.doc, 15_000)
      await vi.waitFor(async () => expect(await health()).toEqual({ status: 'ok' }), { timeout: 10_000 })
      const created = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/teams`, {
        name: 'Tim Baru',
      })
      expect(created.status).toBe(201)
      expect(closes.some((code) => code >= 4400 && code < 4500)).toBe(false)
    } finally {
      ayu.destroy()
      budi.destroy()
    }
  })
})
