/**
 * Sync benchmark: a real server over a temp data folder, T teams × S stock y-websocket clients typing into the
 * same field at the same time. Prints edit → peer latency (p50/p95/max), convergence, and time until the last
 * edit is on disk (SAVED over `?ack=1`).
 *
 *   npx tsx scripts/bench/sync.ts [teams=5] [studentsPerTeam=4] [editsPerClient=50] [intervalMs=20]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../server/config'
import { createServer } from '../../server/createServer'
import { createLogger } from '../../server/logger'
import { setupClassWithTeams } from '../../tests/helpers/api'
import {
  connectSynced,
  createMessageLog,
  waitForSavedCovering,
  waitForText,
  type YClient,
} from '../../tests/helpers/yclient'

const [teams = 5, perTeam = 4, edits = 50, intervalMs = 20] = process.argv.slice(2).map(Number)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0

/** Record, on every client, when each marker `<client>.<seq>;` first arrives from a peer. */
function observeLatency(clients: YClient[], sentAt: Map<string, number>, latencies: number[]): void {
  for (const client of clients) {
    client.notes().observe((event) => {
      if (event.transaction.local) return
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue
        for (const marker of op.insert.match(/\d+\.\d+;/g) ?? []) {
          const sent = sentAt.get(marker)
          if (sent !== undefined) latencies.push(performance.now() - sent)
        }
      }
    })
  }
}

async function main(): Promise<void> {
  // Every stock provider adds a process 'exit' listener.
  process.setMaxListeners(0)
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-bench-'))
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    CLIENT_DIR: '',
  })
  const server = await createServer(config, createLogger('warn'))
  const wsUrl = server.url.replace(/^http/, 'ws')
  try {
    const setup = await setupClassWithTeams(server.url, { teams, studentsPerTeam: perTeam })
    const log = createMessageLog()
    const rooms = await Promise.all(
      setup.workspaceIds.map((workspaceId, t) =>
        Promise.all(
          setup.students[t]!.map((s, i) =>
            connectSynced(
              wsUrl,
              workspaceId,
              s.token,
              i === 0 ? { ack: true, WebSocketClass: log.WebSocketClass } : {},
            ),
          ),
        ),
      ),
    )
    const sentAt = new Map<string, number>()
    const latencies: number[] = []
    for (const clients of rooms) observeLatency(clients, sentAt, latencies)

    const started = performance.now()
    await Promise.all(
      rooms.flat().map(async (client, c) => {
        for (let seq = 0; seq < edits; seq++) {
          const marker = `${c}.${seq};`
          sentAt.set(marker, performance.now())
          const text = client.notes()
          text.insert(Math.floor(Math.random() * (text.length + 1)), marker)
          await new Promise((resolve) => setTimeout(resolve, intervalMs))
        }
      }),
    )
    for (const clients of rooms) {
      const expected = clients[0]!.notes().length
      for (const client of clients) await waitForText(client.doc, (t) => t.length === expected, 60_000)
      const first = clients[0]!.notes().toString()
      if (clients.some((client) => client.notes().toString() !== first))
        throw new Error('clients did not converge')
    }
    const converged = performance.now() - started
    await Promise.all(rooms.map((clients) => waitForSavedCovering(log, clients[0]!.doc, 10_000)))
    const saved = performance.now() - started

    const sorted = latencies.sort((a, b) => a - b)
    const total = teams * perTeam * edits
    console.log(
      `${teams} teams × ${perTeam} clients × ${edits} edits = ${total} edits, ${sorted.length} deliveries`,
    )
    console.log(
      `edit → peer latency ms: p50 ${percentile(sorted, 0.5).toFixed(1)}, p95 ${percentile(sorted, 0.95).toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(1)}`,
    )
    console.log(
      `all converged after ${converged.toFixed(0)} ms; all stored (SAVED) after ${saved.toFixed(0)} ms`,
    )
    for (const client of rooms.flat()) client.destroy()
  } finally {
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
