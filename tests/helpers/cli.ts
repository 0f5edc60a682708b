import { spawn } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run one of the server's CLIs (`server/cli/<script>.ts`, as `npm run <script>` does) to its end; bounded at 60 s. */
export function runCli(
  script: 'backup' | 'restore' | 'resetPassword' | 'invite',
  args: string[],
  dataDir: string,
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', `server/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    }),
  )
}
