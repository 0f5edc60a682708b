/**
 * Live exercise benchmark: the server as its own process, one live exercise with T teams × S students, each
 * student with a stock y-websocket connection and a socket.io connection, typing into their team's notes at a
 * steady rate for a bounded time (loopback only). Prints server and generator CPU (from /proc/<pid>/stat),
 * overview update delay (edit sent → the lecturer's exercise:progress shows that team's activity) and edit
 * propagation delay (edit sent → every teammate has it), p50/p95/p99, and the server's RSS.
 *
 *   npm run bench:live -- [teams=40] [studentsPerTeam=6] [seconds=20] [keystrokeMs=500]
 */
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import type { ExerciseProgressEvent } from '../../cases/contracts/exercises'
import { startExercise } from '../../tests/exercises/helpers'
import { connectSocket, type ClientSocket } from '../../tests/helpers/sockets'
import { setupClassWithTeams } from '../../tests/helpers/api'
import { makeDataDir, removeDataDir, startChildServer } from '../../tests/helpers/childServer'
import { connectSynced, type YClient } from '../../tests/helpers/yclient'

const [teams = 40, perTeam = 6, seconds = 20, keystrokeMs = 500] = process.argv.slice(2).map(Number)

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN
  return `p50 ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · p99 ${at(0.99).toFixed(1)} ms · max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (n=${sorted.length})`
}

/** CPU seconds (user + system) a process has used so far. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

/** Run `task` over `items`, at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += limit)
    out.push(...(await Promise.all(items.slice(i, i + limit).map(task))))
  return out
}

async function main(): Promise<void> {
  process.setMaxListeners(0)
  const dataDir = await makeDataDir()
  const server = await startChildServer(dataDir, { LOG_LEVEL: 'info' })
  const serverPid = server.process.pid ?? 0
  const sockets: ClientSocket[] = []
  const clients: YClient[] = []
  try {
    console.log(`setting up ${teams} teams × ${perTeam} students…`)
    const setup = await setupClassWithTeams(server.url, { teams, studentsPerTeam: perTeam })
    const lecturer = await connectSocket(server.url, setup.lecturer.token, sockets)
    const exercise = await startExercise(setup.lecturer.api, setup.classId, { durationMinutes: 60 })
    const wsOf = new Map(exercise.workspaces.map((w) => [w.teamId, w.id]))
    const students = setup.students.flat()
    // In student order: client i is students[i].
    const connected = await pool(students, 20, async (s) => {
      await connectSocket(server.url, s.token, sockets)
      return connectSynced(server.wsUrl, wsOf.get(s.teamId) ?? '', s.token)
    })
    clients.push(...connected)
    console.log(`${clients.length} document connections and ${sockets.length} socket.io connections open`)

    // Propagation: a marker "<client>.<seq>;" is delivered when every teammate has seen it.
    const sentAt = new Map<string, number>()
    const seenBy = new Map<string, number>()
    const propagation: number[] = []
    const teamOfClient = students.map((s) => s.teamId)
    clients.forEach((client) => {
      client.notes().observe((event) => {
        if (event.transaction.local) return
        for (const op of event.delta) {
          if (typeof op.insert !== 'string') continue
          for (const marker of op.insert.match(/\d+\.\d+;/g) ?? []) {
            const seen = (seenBy.get(marker) ?? 0) + 1
            seenBy.set(marker, seen)
            const sent = sentAt.get(marker)
            if (sent !== undefined && seen === perTeam - 1) propagation.push(performance.now() - sent)
          }
        }
      })
    })

    // Overview: an edit is shown once a push carries its team's lastActivity at or after the edit (same clock).
    const pending = new Map<string, number[]>()
    const overview: number[] = []
    lecturer.on('exercise:progress', (event: ExerciseProgressEvent) => {
      const now = Date.now()
      for (const team of event.teams) {
        const queue = pending.get(team.teamId)
        const last = team.lastActivity ? Date.parse(team.lastActivity) : -1
        while (queue?.length && (queue[0] ?? Infinity) <= last) overview.push(now - (queue.shift() ?? now))
      }
    })

    const cpu0 = { server: await cpuSeconds(serverPid), gen: await cpuSeconds(process.pid) }
    const started = performance.now()
    const timers = clients.map((client, index) => {
      let seq = 0
      const type = () => {
        seq += 1
        const marker = `${index}.${seq};`
        const teamId = teamOfClient[index] ?? ''
        const queue = pending.get(teamId) ?? []
        pending.set(teamId, queue)
        queue.push(Date.now())
        sentAt.set(marker, performance.now())
        const notes = client.notes()
        notes.insert(notes.length, marker)
      }
      // Spread the students' keystrokes over the interval.
      return setTimeout(() => {
        type()
        timers[index] = setInterval(type, keystrokeMs)
      }, Math.random() * keystrokeMs)
    })
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
    for (const timer of timers) clearInterval(timer)
    const elapsed = (performance.now() - started) / 1000
    // Let the last edits and pushes arrive.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const cpu1 = { server: await cpuSeconds(serverPid), gen: await cpuSeconds(process.pid) }
    const edits = sentAt.size

    console.log(
      `\n${teams} teams × ${perTeam} students, ${edits} edits in ${elapsed.toFixed(1)} s (${(edits / elapsed).toFixed(0)}/s), ${os.cpus().length} cores`,
    )
    console.log(
      `server CPU:    ${(((cpu1.server - cpu0.server) / (elapsed + 2)) * 100).toFixed(0)} % of one core`,
    )
    console.log(`generator CPU: ${(((cpu1.gen - cpu0.gen) / (elapsed + 2)) * 100).toFixed(0)} % of one core`)
    console.log(`server RSS:    ${(await rssMb(serverPid)).toFixed(0)} MB`)
    console.log(`overview delay:    ${percentiles(overview)}`)
    console.log(`propagation delay: ${percentiles(propagation)}`)
  } finally {
    for (const socket of sockets) socket.disconnect()
    for (const client of clients) client.destroy()
    await server.stop('SIGTERM')
    await removeDataDir(dataDir)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
