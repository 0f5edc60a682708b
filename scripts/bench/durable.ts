/**
 * Durability benchmark (loopback only, bounded in time, ends only the processes it started).
 *
 * 1. Live editing against Ruang Kasus as its own process: a class of T teams × M members; in each team `typists`
 *    members append a short unique token to fiveC.context.notes `rate` times a second (phases spread evenly), the
 *    others watch. After a warm-up it measures, over `seconds`: edit → peer latency (insert → each watcher has the
 *    token; and → the last watcher has it), edit → SAVED latency (typists connect with `?ack=1`; insert → a SAVED
 *    state vector covering the typist's clock for that edit), server CPU (/proc/<pid>/stat), peak RSS (VmHWM and
 *    VmRSS sampled in the window) and, when `GET /healthz?counters` has `durability: {flushes, records, workspaces}`,
 *    flushes, records and workspaces per second (a flush is one write and one fdatasync of the shared log).
 * 2. The same workload against a bare y-websocket relay (scripts/bench/bareRelay.ts) as its own process, on a
 *    top-level Y.Text `notes`, then the p99 difference.
 * 3. Replay at start: W workspaces each get a few KB of text in a handful of updates over `?ack=1` (waiting for
 *    SAVED), the server is SIGKILLed before it compacts (SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS and IDLE_UNLOAD_MS set
 *    to `hold`), restarted on the same data folder (spawn → "listening on" measured), checked, stopped gracefully
 *    (compaction) and started once more with nothing to replay. Skipped, with the config's message, when the server
 *    refuses those settings.
 *
 *   npm run bench:durable -- [teams=40] [membersPerTeam=6] [seconds=20] [workspaces=1000] [name=value …]
 *
 * Named values (defaults): teams=40 members=6 typists=2 rate=3 (edits/s per typist) seconds=20 warmup=3 drain=10
 * workspaces=1000 (0 skips phase 3) kb=4 updates=5 concurrency=16 (connections opened at once) hold=600000 (ms)
 * startTimeout=180 (s per server start) limit=1500 (s for the whole run) live=1 (0 skips phases 1 and 2). The last
 * line printed is the results as one JSON object.
 */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import { MessageType } from '../../cases/contracts/yjsMessages'
import * as Y from 'yjs'
import { setupClassWithTeams } from '../../tests/helpers/api'
import { childServerEnv, makeDataDir } from '../../tests/helpers/childServer'
import {
  connectClient,
  createMessageLog,
  notesOf,
  waitForSavedCovering,
  waitForSync,
  type MessageLog,
  type YClient,
} from '../../tests/helpers/yclient'
import {
  cpuSeconds,
  dirBytes,
  formatSummary,
  killAllSpawned,
  pool,
  round,
  sleep,
  spawnListening,
  SpawnError,
  statusMb,
  summarize,
  withTimeout,
  type Spawned,
  type Summary,
} from './benchSupport'

// ---------------------------------------------------------------------------------------------------------------
// Options

const DEFAULTS = {
  teams: 40,
  members: 6,
  typists: 2,
  rate: 3,
  seconds: 20,
  warmup: 3,
  drain: 10,
  workspaces: 1000,
  kb: 4,
  updates: 5,
  concurrency: 16,
  hold: 600_000,
  startTimeout: 180,
  limit: 1500,
  live: 1,
}
type Options = typeof DEFAULTS
const POSITIONAL: (keyof Options)[] = ['teams', 'members', 'seconds', 'workspaces']
const USAGE =
  'usage: npm run bench:durable -- [teams] [membersPerTeam] [seconds] [workspaces] [name=value …]\n' +
  `  names and defaults: ${Object.entries(DEFAULTS)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`

function parseArgs(argv: string[]): Options {
  const opts = { ...DEFAULTS }
  let position = 0
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      process.exit(0)
    }
    const eq = arg.indexOf('=')
    const key = (eq >= 0 ? arg.slice(0, eq) : POSITIONAL[position++]) as keyof Options | undefined
    const value = Number(eq >= 0 ? arg.slice(eq + 1) : arg)
    if (!key || !(key in DEFAULTS)) throw new Error(`unknown argument "${arg}"\n${USAGE}`)
    if (!Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number ≥ 0, got "${arg}"`)
    opts[key] = value
  }
  for (const key of ['teams', 'members', 'typists', 'seconds', 'concurrency', 'updates'] as const)
    if (opts[key] < 1 || !Number.isInteger(opts[key])) throw new Error(`${key} must be a whole number ≥ 1`)
  if (opts.typists >= opts.members) throw new Error('typists must be fewer than members (someone must watch)')
  if (opts.rate <= 0) throw new Error('rate must be > 0')
  return opts
}

// ---------------------------------------------------------------------------------------------------------------
// Clean-up: processes (by PID, in benchSupport), temp folders, clients

const tempDirs = new Set<string>()
const openClients = new Set<YClient>()

async function cleanup(): Promise<void> {
  for (const client of openClients) client.destroy()
  openClients.clear()
  await killAllSpawned()
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  tempDirs.clear()
}

async function tempDir(): Promise<string> {
  const dir = await makeDataDir()
  tempDirs.add(dir)
  return dir
}

async function dropDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

function track(client: YClient): YClient {
  openClients.add(client)
  return client
}

function release(client: YClient): void {
  client.destroy()
  openClients.delete(client)
}

const log = (line: string) => console.log(`· ${line}`)

// ---------------------------------------------------------------------------------------------------------------
// Servers

function startRuangKasus(dataDir: string, env: Record<string, string>, timeoutMs: number): Promise<Spawned> {
  return spawnListening({
    label: 'Ruang Kasus',
    args: ['--import', 'tsx', 'server/main.ts'],
    env: { ...childServerEnv(dataDir), ...env },
    listening: /listening on (http:\/\/\S+)/,
    timeoutMs,
  })
}

function startBareRelay(timeoutMs: number): Promise<Spawned> {
  return spawnListening({
    label: 'bare relay',
    args: ['--import', 'tsx', 'scripts/bench/bareRelay.ts'],
    env: { PORT: '0', HOST: '127.0.0.1', EXIT_ON_STDIN_END: '1' },
    listening: /listening on (ws:\/\/\S+)/,
    timeoutMs,
    stdinPipe: true,
  })
}

interface Durability {
  flushes: number
  records: number
  workspaces: number
}

/** The `durability` counters of `GET /healthz?counters`, or null when the server does not report them. */
async function readDurability(baseUrl: string): Promise<Durability | null> {
  try {
    const res = await fetch(`${baseUrl}/healthz?counters`, { signal: AbortSignal.timeout(5_000) })
    const body = (await res.json()) as { durability?: Partial<Durability> }
    const d = body.durability
    if (
      !d ||
      typeof d.flushes !== 'number' ||
      typeof d.records !== 'number' ||
      typeof d.workspaces !== 'number'
    )
      return null
    return { flushes: d.flushes, records: d.records, workspaces: d.workspaces }
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Phases 1 and 2: the live workload

interface LiveTarget {
  label: string
  pid: number
  wsUrl: string
  /** Per team: the room (workspace id) and one token per member (null: no authentication). */
  teams: { room: string; tokens: (string | null)[] }[]
  text(doc: Y.Doc): Y.Text
  /** Typists connect with `?ack=1` and SAVED latency is measured. */
  ack: boolean
  /** Base URL for `/healthz?counters` (durability counters), or null. */
  httpUrl: string | null
}

interface LiveResult {
  server: string
  connections: number
  edits: number
  editsPerSecond: number
  windowSeconds: number
  reconnects: number
  peer: Summary
  peerAllWatchers: Summary
  saved: Summary | null
  undeliveredAfterDrain: number
  unsavedAfterDrain: number | null
  serverCpuPercent: number
  generatorCpuPercent: number
  rssPeakMb: number
  rssWindowMaxMb: number
  durability: {
    flushesPerSecond: number
    recordsPerSecond: number
    recordsPerFlush: number | null
    workspacesPerFlush: number | null
  } | null
}

interface Member {
  client: YClient
  team: number
  /** Global typist index, or null for a watcher. */
  typist: number | null
  log: MessageLog | null
  /** Recorded edits waiting for a covering SAVED: the typist's clock after the insert, and the insert time. */
  unsaved: { clock: number; t0: number }[]
}

const TOKEN = /\d+\.\d+;/g

async function runLive(target: LiveTarget, opts: Options): Promise<LiveResult> {
  const members: Member[] = []
  let reconnects = 0
  try {
    const specs = target.teams.flatMap((team, t) =>
      team.tokens.map((token, m) => ({ t, m, token, room: team.room })),
    )
    log(`${target.label}: opening ${specs.length} connections (${opts.concurrency} at a time)…`)
    await pool(specs, opts.concurrency, async ({ t, m, token, room }) => {
      const typist = m < opts.typists ? t * opts.typists + m : null
      const messages = typist !== null && target.ack ? createMessageLog() : null
      const client = track(
        connectClient(target.wsUrl, room, token, {
          ack: messages !== null,
          ...(messages ? { WebSocketClass: messages.WebSocketClass } : {}),
        }),
      )
      members.push({ client, team: t, typist, log: messages, unsaved: [] })
      await waitForSync(client.provider, 30_000)
      target.text(client.doc) // the field exists once synced
    })
    for (const member of members) member.client.provider.on('connection-close', () => (reconnects += 1))

    const watchersPerTeam = opts.members - opts.typists
    const pending = new Map<string, { t0: number; team: number; left: number }>()
    const peer: number[] = []
    const peerAll: number[] = []
    const saved: number[] = []
    for (const member of members) {
      if (member.typist === null) {
        target.text(member.client.doc).observe((event) => {
          if (event.transaction.local) return
          const now = performance.now()
          for (const op of event.delta) {
            if (typeof op.insert !== 'string') continue
            for (const token of op.insert.match(TOKEN) ?? []) {
              const entry = pending.get(token)
              if (!entry || entry.team !== member.team) continue
              peer.push(now - entry.t0)
              entry.left -= 1
              if (entry.left === 0) {
                peerAll.push(now - entry.t0)
                pending.delete(token)
              }
            }
          }
        })
      }
      const messages = member.log
      if (messages) {
        const { doc } = member.client
        messages.listeners.add(() => {
          const type = messages.types.at(-1)
          const stored = messages.saved.at(-1)
          messages.types.length = 0
          messages.saved.length = 0
          if (type !== MessageType.SAVED || !stored) return
          const now = performance.now()
          const clock = stored.get(doc.clientID) ?? 0
          while ((member.unsaved[0]?.clock ?? Infinity) <= clock) {
            saved.push(now - (member.unsaved.shift()?.t0 ?? now))
          }
        })
      }
    }

    // Typing: each typist every 1/rate s, the typists' phases spread evenly over the interval.
    const typists = members.filter((m) => m.typist !== null)
    const periodMs = 1000 / opts.rate
    let recording = false
    let edits = 0
    const timers: NodeJS.Timeout[] = []
    for (const member of typists) {
      const index = member.typist ?? 0
      const { doc } = member.client
      const text = target.text(doc)
      let seq = 0
      const type = () => {
        seq += 1
        const token = `${index}.${seq};`
        const t0 = performance.now()
        text.insert(text.length, token)
        if (!recording) return
        edits += 1
        pending.set(token, { t0, team: member.team, left: watchersPerTeam })
        if (member.log) member.unsaved.push({ clock: Y.getState(doc.store, doc.clientID), t0 })
      }
      timers.push(
        setTimeout(
          () => {
            type()
            timers.push(setInterval(type, periodMs))
          },
          (periodMs * index) / typists.length,
        ),
      )
    }
    log(
      `${target.label}: ${typists.length} typists × ${opts.rate}/s, ${members.length - typists.length} watchers; warm-up ${opts.warmup} s, then ${opts.seconds} s measured…`,
    )
    await sleep(opts.warmup * 1000)

    const health0 = target.httpUrl ? await readDurability(target.httpUrl) : null
    const cpu0 = await cpuSeconds(target.pid)
    const gen0 = process.cpuUsage()
    const w0 = performance.now()
    recording = true
    let rssWindowMax = 0
    const sampler = setInterval(() => {
      void statusMb(target.pid, 'VmRSS').then((mb) => {
        if (mb > rssWindowMax) rssWindowMax = mb
      })
    }, 250)
    await sleep(opts.seconds * 1000)
    recording = false
    for (const timer of timers) clearTimeout(timer)
    const windowSeconds = (performance.now() - w0) / 1000
    const cpu1 = await cpuSeconds(target.pid)
    const gen1 = process.cpuUsage(gen0)
    const health1 = target.httpUrl ? await readDurability(target.httpUrl) : null
    clearInterval(sampler)

    // Let the last edits (and SAVEDs) arrive.
    const unsavedCount = () => typists.reduce((sum, m) => sum + m.unsaved.length, 0)
    const drainEnd = performance.now() + opts.drain * 1000
    while ((pending.size > 0 || unsavedCount() > 0) && performance.now() < drainEnd) await sleep(50)
    const undelivered = [...pending.values()].reduce((sum, e) => sum + e.left, 0)

    const rate = (a: number, b: number) => round((b - a) / windowSeconds)
    return {
      server: target.label,
      connections: members.length,
      edits,
      editsPerSecond: round(edits / windowSeconds),
      windowSeconds: round(windowSeconds, 2),
      reconnects,
      peer: summarize(peer),
      peerAllWatchers: summarize(peerAll),
      saved: target.ack ? summarize(saved) : null,
      undeliveredAfterDrain: undelivered,
      unsavedAfterDrain: target.ack ? unsavedCount() : null,
      serverCpuPercent: round(((cpu1 - cpu0) / windowSeconds) * 100),
      generatorCpuPercent: round(((gen1.user + gen1.system) / 1e6 / windowSeconds) * 100),
      rssPeakMb: round(await statusMb(target.pid, 'VmHWM')),
      rssWindowMaxMb: round(rssWindowMax),
      durability:
        health0 && health1
          ? {
              flushesPerSecond: rate(health0.flushes, health1.flushes),
              recordsPerSecond: rate(health0.records, health1.records),
              recordsPerFlush:
                health1.flushes > health0.flushes
                  ? round((health1.records - health0.records) / (health1.flushes - health0.flushes), 2)
                  : null,
              workspacesPerFlush:
                health1.flushes > health0.flushes
                  ? round((health1.workspaces - health0.workspaces) / (health1.flushes - health0.flushes), 2)
                  : null,
            }
          : null,
    }
  } finally {
    for (const member of members) release(member.client)
  }
}

async function ruangKasusLive(opts: Options): Promise<LiveResult> {
  const dataDir = await tempDir()
  const server = await startRuangKasus(dataDir, {}, opts.startTimeout * 1000)
  try {
    log(`Ruang Kasus (pid ${server.pid}) at ${server.address}; setting up ${opts.teams} × ${opts.members}…`)
    const setup = await withTimeout(
      setupClassWithTeams(server.address, { teams: opts.teams, studentsPerTeam: opts.members }),
      600_000,
      'class setup',
    )
    return await runLive(
      {
        label: 'Ruang Kasus',
        pid: server.pid,
        wsUrl: server.address.replace(/^http/, 'ws'),
        teams: setup.workspaceIds.map((room, t) => ({
          room,
          tokens: (setup.students[t] ?? []).map((s) => s.token),
        })),
        text: notesOf,
        ack: true,
        httpUrl: server.address,
      },
      opts,
    )
  } finally {
    await server.stop('SIGTERM', 60_000)
    await dropDir(dataDir)
  }
}

async function bareRelayLive(opts: Options): Promise<LiveResult> {
  const relay = await startBareRelay(opts.startTimeout * 1000)
  try {
    log(`bare relay (pid ${relay.pid}) at ${relay.address}`)
    return await runLive(
      {
        label: 'bare relay',
        pid: relay.pid,
        wsUrl: relay.address,
        teams: Array.from({ length: opts.teams }, (_, t) => ({
          room: `team-${t}`,
          tokens: Array.from({ length: opts.members }, () => null),
        })),
        text: (doc) => doc.getText('notes'),
        ack: false,
        httpUrl: null,
      },
      opts,
    )
  } finally {
    await relay.stop('SIGTERM', 10_000)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Phase 3: replay at start

interface ReplayResult {
  skipped?: string
  configError?: string
  workspaces?: number
  bytesPerWorkspace?: number
  updatesPerWorkspace?: number
  setupSeconds?: number
  writeSeconds?: number
  heldSecondsBeforeKill?: number
  holdMs?: number
  recordsAtKill?: number | null
  flushesAtKill?: number | null
  dataDirBytesAtKill?: number
  replayStartMs?: number
  dataDirBytesAfterReplayStart?: number
  verified?: string
  gracefulStopMs?: number
  dataDirBytesAfterCompaction?: number
  cleanStartMs?: number
}

const WORDS = [
  'klien',
  'keluarga',
  'dukungan',
  'sekolah',
  'tetangga',
  'konflik',
  'sumber',
  'relasi',
  'harapan',
  'rencana',
  'asesmen',
  'intervensi',
]

/** Deterministic text of `length` characters for update `u` of workspace `w`. */
function chunkText(w: number, u: number, length: number): string {
  let seed = (w * 7919 + u * 104_729 + 1) >>> 0
  let out = `[w${w}u${u}] `
  while (out.length < length) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    out += `${WORDS[(seed >>> 8) % WORDS.length]} `
  }
  return out.slice(0, length)
}

interface Target {
  index: number
  workspaceId: string
  token: string
}

/** Connect a fresh client and compare the notes with `expected`. */
async function verify(wsUrl: string, target: Target, expected: string): Promise<boolean> {
  const client = track(connectClient(wsUrl, target.workspaceId, target.token))
  try {
    await waitForSync(client.provider, 30_000)
    const actual = notesOf(client.doc).toString()
    if (actual !== expected)
      log(`workspace #${target.index}: ${actual.length} characters, expected ${expected.length}`)
    return actual === expected
  } catch (error) {
    log(`workspace #${target.index}: ${error instanceof Error ? error.message : String(error)}`)
    return false
  } finally {
    release(client)
  }
}

async function replayPhase(opts: Options): Promise<ReplayResult> {
  const hold = String(opts.hold)
  const env = { SAVE_DEBOUNCE_MS: hold, SAVE_MAX_WAIT_MS: hold, IDLE_UNLOAD_MS: hold }
  const startMs = opts.startTimeout * 1000
  const dataDir = await tempDir()
  let server: Spawned | null = null
  try {
    try {
      server = await startRuangKasus(dataDir, env, startMs)
    } catch (error) {
      if (error instanceof SpawnError && /invalid configuration/i.test(error.output)) {
        const configError = error.output.trim()
        log(`the server refuses SAVE_DEBOUNCE_MS/SAVE_MAX_WAIT_MS/IDLE_UNLOAD_MS=${hold}:\n${configError}`)
        return { skipped: `config rejected hold=${hold} ms`, configError }
      }
      throw error
    }
    const baseUrl = server.address
    const wsUrl = baseUrl.replace(/^http/, 'ws')

    // Workspaces: classes of at most 100 teams of one student, two classes set up at a time.
    const perClass = 100
    const sizes = Array.from({ length: Math.ceil(opts.workspaces / perClass) }, (_, c) =>
      Math.min(perClass, opts.workspaces - c * perClass),
    )
    log(`replay: creating ${opts.workspaces} workspaces in ${sizes.length} classes…`)
    const t0 = performance.now()
    const classes = await withTimeout(
      pool(sizes, 2, (teams) => setupClassWithTeams(baseUrl, { teams, studentsPerTeam: 1 })),
      900_000,
      'workspace setup',
    )
    const targets: Target[] = classes
      .flatMap((setup) =>
        setup.workspaceIds.map((workspaceId, t) => ({
          workspaceId,
          token: setup.students[t]?.[0]?.token ?? '',
        })),
      )
      .map((t, index) => ({ ...t, index }))
    const setupSeconds = (performance.now() - t0) / 1000

    // Writing: a few KB in a handful of updates per workspace, over ?ack=1, until SAVED covers it.
    const bytes = Math.round(opts.kb * 1024)
    const perUpdate = Math.ceil(bytes / opts.updates)
    const sample = [...new Set([0, targets.length - 1])].filter((i) => i >= 0)
    const expected = new Map<number, string>()
    log(`replay: writing ${bytes} B in ${opts.updates} updates to each (${opts.concurrency} at a time)…`)
    const w0 = performance.now()
    let done = 0
    await pool(targets, opts.concurrency, async (target) => {
      const messages = createMessageLog()
      const client = track(
        connectClient(wsUrl, target.workspaceId, target.token, {
          ack: true,
          WebSocketClass: messages.WebSocketClass,
        }),
      )
      try {
        await waitForSync(client.provider, 30_000)
        const text = notesOf(client.doc)
        for (let u = 0; u < opts.updates; u++) {
          text.insert(text.length, chunkText(target.index, u, Math.min(perUpdate, bytes - u * perUpdate)))
          await sleep(10)
        }
        await waitForSavedCovering(messages, client.doc, 60_000)
        if (sample.includes(target.index)) expected.set(target.index, text.toString())
      } finally {
        release(client)
      }
      done += 1
      if (done % 100 === 0) log(`replay: ${done}/${targets.length} saved`)
    })
    const writeSeconds = (performance.now() - w0) / 1000
    const counters = await readDurability(baseUrl)
    const heldSecondsBeforeKill = (performance.now() - w0) / 1000
    if (heldSecondsBeforeKill * 1000 >= opts.hold)
      log(`replay: warning — writing took longer than hold=${opts.hold} ms; compaction may have started`)

    await server.stop('SIGKILL', 10_000)
    server = null
    const dataDirBytesAtKill = await dirBytes(dataDir)
    log(`replay: SIGKILLed; data dir ${(dataDirBytesAtKill / 1e6).toFixed(1)} MB; restarting…`)

    server = await startRuangKasus(dataDir, env, startMs)
    const replayStartMs = server.startMs
    const dataDirBytesAfterReplayStart = await dirBytes(dataDir)
    // The port changed with the restart.
    const restartedWsUrl = server.address.replace(/^http/, 'ws')
    let ok = 0
    for (const index of sample) {
      const target = targets[index]
      if (target && (await verify(restartedWsUrl, target, expected.get(index) ?? ''))) ok += 1
    }

    const gracefulStopMs = await server.stop('SIGTERM', 120_000)
    server = null
    const dataDirBytesAfterCompaction = await dirBytes(dataDir)
    server = await startRuangKasus(dataDir, env, startMs)
    const cleanStartMs = server.startMs
    await server.stop('SIGTERM', 60_000)
    server = null

    return {
      workspaces: targets.length,
      bytesPerWorkspace: bytes,
      updatesPerWorkspace: opts.updates,
      setupSeconds: round(setupSeconds),
      writeSeconds: round(writeSeconds),
      heldSecondsBeforeKill: round(heldSecondsBeforeKill),
      holdMs: opts.hold,
      recordsAtKill: counters?.records ?? null,
      flushesAtKill: counters?.flushes ?? null,
      dataDirBytesAtKill,
      replayStartMs: round(replayStartMs),
      dataDirBytesAfterReplayStart,
      verified: `${ok}/${sample.length}`,
      gracefulStopMs: round(gracefulStopMs),
      dataDirBytesAfterCompaction,
      cleanStartMs: round(cleanStartMs),
    }
  } finally {
    if (server) await server.stop('SIGTERM', 60_000)
    await dropDir(dataDir)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`)

function printLive(result: LiveResult | { error: string } | { skipped: string }, label: string): void {
  console.log(`\n${label}`)
  if ('skipped' in result) return void console.log(`  skipped: ${result.skipped}`)
  if ('error' in result) {
    console.log(`  failed: ${result.error}`)
    return
  }
  const r = result
  console.log(
    `  edits:                 ${r.edits} in ${r.windowSeconds} s (${r.editsPerSecond}/s), ${r.connections} connections, ${r.reconnects} reconnects`,
  )
  console.log(`  edit → peer (each):    ${formatSummary(r.peer)}`)
  console.log(`  edit → all watchers:   ${formatSummary(r.peerAllWatchers)}`)
  if (r.saved) console.log(`  edit → SAVED:          ${formatSummary(r.saved)}`)
  if (r.undeliveredAfterDrain > 0 || (r.unsavedAfterDrain ?? 0) > 0)
    console.log(
      `  after drain:           ${r.undeliveredAfterDrain} deliveries missing${r.unsavedAfterDrain === null ? '' : `, ${r.unsavedAfterDrain} edits without SAVED`}`,
    )
  console.log(
    `  server CPU:            ${r.serverCpuPercent} % of one core (generator ${r.generatorCpuPercent} %)`,
  )
  console.log(`  server RSS:            peak ${r.rssPeakMb} MB (VmHWM), ${r.rssWindowMaxMb} MB max in window`)
  if (r.server === 'Ruang Kasus') {
    const d = r.durability
    console.log(
      d
        ? `  durability:            ${d.flushesPerSecond} flushes/s, ${d.recordsPerSecond} records/s, ${d.recordsPerFlush ?? 'n/a'} records/flush, ${d.workspacesPerFlush ?? 'n/a'} workspaces/flush`
        : '  durability:            n/a (no durability counters in /healthz)',
    )
  }
}

function printReplay(r: ReplayResult | { error: string }): void {
  console.log('\nreplay at start')
  if ('error' in r) return void console.log(`  failed: ${r.error}`)
  if (r.skipped) return void console.log(`  skipped: ${r.skipped}`)
  console.log(
    `  workload:              ${r.workspaces} workspaces × ${r.bytesPerWorkspace} B in ${r.updatesPerWorkspace} updates (setup ${r.setupSeconds} s, writing + SAVED ${r.writeSeconds} s)`,
  )
  console.log(
    `  at the kill:           data dir ${mb(r.dataDirBytesAtKill)}, log records ${r.recordsAtKill ?? 'n/a'}, flushes ${r.flushesAtKill ?? 'n/a'} (hold ${r.holdMs} ms, killed ${r.heldSecondsBeforeKill} s after the first write)`,
  )
  console.log(
    `  start with replay:     ${r.replayStartMs} ms (spawn → "listening on"); data dir then ${mb(r.dataDirBytesAfterReplayStart)}`,
  )
  console.log(`  text after replay:     ${r.verified} sampled workspaces match`)
  console.log(
    `  graceful stop:         ${r.gracefulStopMs} ms (SIGTERM, compaction); data dir after ${mb(r.dataDirBytesAfterCompaction)}`,
  )
  console.log(`  start, nothing to replay: ${r.cleanStartMs} ms`)
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2))
  // Every stock provider adds a process 'exit' listener.
  process.setMaxListeners(0)
  let finished = false
  const abort = (why: string, code: number) => {
    if (finished) return
    finished = true
    console.error(`\nbench:durable: ${why}; cleaning up`)
    void cleanup().finally(() => process.exit(code))
  }
  const deadline = setTimeout(() => abort(`time limit of ${opts.limit} s reached`, 1), opts.limit * 1000)
  process.once('SIGINT', () => abort('interrupted', 130))
  process.once('SIGTERM', () => abort('terminated', 143))

  const started = new Date()
  const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | { error: string }> => {
    try {
      return await run()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const output = error instanceof SpawnError ? `\n${error.output.trim().slice(-2000)}` : ''
      console.error(`${what} failed: ${message}${output}`)
      return { error: message }
    }
  }
  const skippedLive = { skipped: 'live=0' }
  let ruangKasus: LiveResult | { error: string } | { skipped: string }
  let bare: LiveResult | { error: string } | { skipped: string }
  let replay: ReplayResult | { error: string }
  try {
    ruangKasus = opts.live ? await attempt('Ruang Kasus live phase', () => ruangKasusLive(opts)) : skippedLive
    bare = opts.live ? await attempt('bare relay live phase', () => bareRelayLive(opts)) : skippedLive
    replay =
      opts.workspaces > 0
        ? await attempt('replay phase', () => replayPhase(opts))
        : { skipped: 'workspaces=0' }
  } finally {
    clearTimeout(deadline)
    if (!finished) await cleanup()
  }
  if (finished) return

  const p99 = (r: LiveResult | { error: string } | { skipped: string }) => ('peer' in r ? r.peer.p99 : null)
  const a = p99(ruangKasus)
  const b = p99(bare)
  const p99DiffMs = a !== null && b !== null ? round(a - b) : null

  console.log(
    `\n== bench:durable ${started.toISOString()} · ${os.cpus().length} cores · node ${process.version} · loopback`,
  )
  console.log(
    `workload: ${opts.teams} teams × ${opts.members} members, per team ${opts.typists} typists × ${opts.rate} edits/s and ${opts.members - opts.typists} watchers; warm-up ${opts.warmup} s, measured ${opts.seconds} s`,
  )
  printLive(ruangKasus, 'Ruang Kasus')
  printLive(bare, 'bare y-websocket relay (no auth, no persistence)')
  console.log(
    `\ncomparison: edit → peer p99, Ruang Kasus − bare relay = ${p99DiffMs === null ? 'n/a' : `${p99DiffMs >= 0 ? '+' : ''}${p99DiffMs} ms (${a} − ${b})`}`,
  )
  printReplay(replay)
  console.log(
    JSON.stringify({
      bench: 'durable',
      date: started.toISOString(),
      cores: os.cpus().length,
      node: process.version,
      options: opts,
      ruangKasus,
      bareRelay: bare,
      p99DiffMs,
      replay,
    }),
  )
  finished = true
  const failed = [ruangKasus, bare, replay].some((r) => 'error' in r)
  process.exit(failed ? 1 : 0)
}

main().catch(async (error: unknown) => {
  console.error(error)
  await cleanup()
  process.exit(1)
})
