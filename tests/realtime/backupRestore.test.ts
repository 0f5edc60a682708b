import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { decodeStateVectorMap } from '../../cases/contracts/yjsMessages'
import { LOCK_FILE } from '../../server/storage/dataLock'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import {
  connectSynced,
  createMessageLog,
  notesOf,
  waitForSavedCovering,
  type MessageLog,
  type YClient,
} from '../helpers/yclient'
import { runCli } from '../helpers/cli'

const ANCHOR = { templateId: 'fiveC', path: ['condition'] }

/** A stock client typing numbered words at the end of the notes, remembering each one's clock. */
interface Typist {
  client: YClient
  log: MessageLog
  /** Each word typed and this client's clock right after it: acknowledged once a SAVED vector reaches it. */
  typed: { word: string; clock: number }[]
}

/** The words a SAVED message this typist received covers. */
function acknowledged(typist: Typist): string[] {
  const own = typist.client.doc.clientID
  const stored = Math.max(0, ...typist.log.saved.map((vector) => vector.get(own) ?? 0))
  return typist.typed.filter((t) => t.clock <= stored).map((t) => t.word)
}

describe('backup and restore', () => {
  const servers: ChildServer[] = []
  const dirs: string[] = []
  const clients: YClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.stop('SIGKILL')
    for (const dir of dirs.splice(0)) {
      // The restore moved the earlier contents to a sibling folder: remove it too.
      const parent = path.dirname(dir)
      const aside = (await readdir(parent)).filter((n) =>
        n.startsWith(`${path.basename(dir)}.before-restore-`),
      )
      for (const name of aside) await rm(path.join(parent, name), { recursive: true, force: true })
      await removeDataDir(dir)
    }
  })

  it('backs up under load, refuses to restore while the server runs, and restores everything acknowledged before the backup', async () => {
    const dataDir = await makeDataDir()
    const backupParent = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-backup-'))
    dirs.push(dataDir, backupParent)
    const backupDir = path.join(backupParent, 'cadangan')
    // Fast snapshots: segments are compacted away and snapshots replaced while the backup copies them.
    const server = await startChildServer(dataDir, { SAVE_DEBOUNCE_MS: '50', SAVE_MAX_WAIT_MS: '200' })
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })

    const typists: Typist[] = []
    for (const [team, workspaceId] of setup.workspaceIds.entries()) {
      for (const student of setup.students[team]!) {
        const log = createMessageLog()
        const client = await connectSynced(server.wsUrl, workspaceId, student.token, {
          ack: true,
          WebSocketClass: log.WebSocketClass,
        })
        clients.push(client)
        typists.push({ client, log, typed: [] })
      }
    }
    let words = 0
    const type = () => {
      for (const [index, typist] of typists.entries()) {
        const word = `k${index}n${(words += 1)} `
        const notes = typist.client.notes()
        notes.insert(notes.length, word)
        const clock = decodeStateVectorMap(Y.encodeStateVector(typist.client.doc)).get(
          typist.client.doc.clientID,
        )
        typist.typed.push({ word, clock: clock ?? 0 })
      }
    }
    // The load: every typist types a word every 10 ms while the backup runs.
    const typing = setInterval(type, 10)
    try {
      // Some work acknowledged before the backup starts, and a REST write answered before it.
      type()
      await Promise.all(typists.map((t) => waitForSavedCovering(t.log, t.client.doc)))
      const comment = await setup.lecturer.api.createComment(
        setup.workspaceIds[0]!,
        ANCHOR,
        'Komentar sebelum cadangan.',
      )
      const before = typists.map(acknowledged)
      expect(before.every((w) => w.length > 0)).toBe(true)

      const backup = await runCli('backup', [backupDir], dataDir)
      expect(backup.stderr).toBe('')
      expect(backup.code).toBe(0)
      expect(backup.stdout).toMatch(/^Backed up .* files/)
      const manifest = JSON.parse(await readFile(path.join(backupDir, 'backup.json'), 'utf8')) as {
        files: number
      }
      expect(manifest.files).toBeGreaterThan(0)
      expect(existsSync(path.join(backupDir, LOCK_FILE))).toBe(false)

      // Still serving and saving after the backup: typed words keep being acknowledged.
      await Promise.all(typists.map((t) => waitForSavedCovering(t.log, t.client.doc)))
      clearInterval(typing)

      // The server runs: a restore is refused, names its pid, and touches nothing.
      const refused = await runCli('restore', [backupDir], dataDir)
      expect(refused.code).toBe(1)
      expect(refused.stderr.trim().split('\n')).toHaveLength(1)
      expect(refused.stderr).toContain(`pid ${server.process.pid}`)
      const siblings = await readdir(path.dirname(dataDir))
      expect(siblings.filter((n) => n.startsWith(`${path.basename(dataDir)}.before-restore-`))).toEqual([])

      // A device that keeps its newer work (typed after the backup) across the restore.
      const device = typists[0]!
      const deviceDoc = new Y.Doc()
      Y.applyUpdate(deviceDoc, Y.encodeStateAsUpdate(device.client.doc))
      const newest = device.typed.at(-1)!.word

      for (const client of clients.splice(0)) client.destroy()
      expect(await server.stop('SIGTERM')).toBe(0)
      servers.splice(0)

      const restored = await runCli('restore', [backupDir], dataDir)
      expect(restored.stderr).toBe('')
      expect(restored.code).toBe(0)
      expect(restored.stdout).toMatch(/previous contents are in .*\.before-restore-/)
      const marker = JSON.parse(await readFile(path.join(dataDir, 'restored.json'), 'utf8')) as {
        restoredAt: string
      }
      expect(Date.parse(marker.restoredAt)).toBeGreaterThan(Date.now() - 60_000)

      const again = await startChildServer(dataDir)
      servers.push(again)
      for (const index of typists.keys()) {
        const team = Math.floor(index / 2)
        const reader = await connectSynced(
          again.wsUrl,
          setup.workspaceIds[team]!,
          setup.students[team]![0]!.token,
        )
        clients.push(reader)
        const text = reader.notes().toString()
        for (const word of before[index]!) expect(text, `acknowledged ${word}`).toContain(word)
      }
      const comments = await createApi(again.url, setup.lecturer.token).listComments(setup.workspaceIds[0]!)
      expect(comments.map((c) => c.id)).toContain(comment.id)

      // The marker opened the merge window: the device's newer work merges, with no 4409.
      const closes: number[] = []
      const log = createMessageLog()
      const rejoined = await connectSynced(
        again.wsUrl,
        setup.workspaceIds[0]!,
        setup.students[0]![0]!.token,
        {
          ack: true,
          WebSocketClass: log.WebSocketClass,
          doc: deviceDoc,
        },
      )
      clients.push(rejoined)
      rejoined.provider.on('connection-close', (event: { code: number } | null) => {
        if (event) closes.push(event.code)
      })
      await waitForSavedCovering(log, deviceDoc)
      expect(notesOf(deviceDoc).toString()).toContain(newest)
      expect(closes).not.toContain(CloseCode.IMPERSONATION)
    } finally {
      clearInterval(typing)
    }
  })
})
