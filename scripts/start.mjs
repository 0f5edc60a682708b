#!/usr/bin/env node
// `npm start`: build the client when it is missing or older than its sources, then run the server and pass it
// exactly one stop signal.
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist', 'client', 'index.html')

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  let latest = 0
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return latest
}

function builtAt() {
  try {
    return statSync(builtIndex).mtimeMs
  } catch {
    return 0
  }
}

// A CLIENT_DIR of one's own (or '' for none, as the tests use) means dist/client is not served: nothing to build.
const servesBuiltClient = process.env.CLIENT_DIR === undefined
if (
  servesBuiltClient &&
  builtAt() < Math.max(newest(path.join(root, 'client')), newest(path.join(root, 'cases')))
) {
  console.log('Building the client (first start or sources changed)…')
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// Ctrl-C in a terminal signals the whole foreground process group (npm, this script, and the server were it in
// the group), and npm forwards signals to its child as well, so the server would get several. In a process group
// of its own it gets exactly one: the one passed on below. (Windows has no process groups, and there a detached
// child gets a console of its own; its console delivers Ctrl-C to the server itself.)
const ownGroup = process.platform !== 'win32'
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], {
  cwd: root,
  detached: ownGroup,
  // Output to the terminal; no stdin, which the server never reads (and a background group reading the
  // terminal would be stopped). The IPC channel closes if this script dies, even by SIGKILL: the server then
  // stores everything and stops instead of running on unattended.
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  env: { CLIENT_DIR: path.join(root, 'dist', 'client'), ...process.env },
})

let forwarded = false
/** Pass the first stop signal on to the server once; it stores everything and exits, and so do we then. */
function forward(signal) {
  if (forwarded) return
  forwarded = true
  // On Windows kill() terminates at once, without the final save; the console's Ctrl-C reaches the server.
  if (!ownGroup) return
  // The server stops gracefully on SIGINT and SIGTERM; a hang-up (the terminal closed) becomes SIGTERM.
  server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal))

server.on('error', (error) => {
  console.error(`Cannot start the server: ${error.message}`)
  process.exit(1)
})
server.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)))
// Leaving for any other reason (an error here): the server must not outlive us; SIGTERM lets it save first.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM')
})
