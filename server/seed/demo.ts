import os from 'node:os'
import { CASE_LIBRARY } from '../../cases/library'
import type { Config } from '../config'
import { isLoopbackHost } from '../loopback'
import type { Logger } from '../logger'
import type { Services } from '../services'
import type { Storage } from '../storage/types'

/** The demo lecturer's e-mail address (fictional). */
export const DEMO_EMAIL = 'demo@ruangkasus.test'
/** The demo class's name. */
export const DEMO_CLASS = 'Metode Intervensi Kelompok (Demo)'

/** Non-internal IPv4 addresses of this machine: how students on the same Wi-Fi reach it. */
export function lanAddresses(interfaces = os.networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address)
}

/**
 * The addresses students on the same Wi-Fi can open: none when HOST is loopback (they could not connect),
 * HOST itself when it names one address, every LAN address when it listens on all of them.
 */
export function studentAddresses(host: string, lan: readonly string[]): string[] {
  if (isLoopbackHost(host)) return []
  if (host === '0.0.0.0' || host === '::') return [...lan]
  return [host.includes(':') ? `[${host}]` : host]
}

/** The start-up line about how students reach this laptop. */
export function studentAccessLine(host: string, port: number, lan: readonly string[]): string {
  if (isLoopbackHost(host))
    return `  Only this computer can open it (HOST=${host}); set HOST=0.0.0.0 so students on the same Wi-Fi can.`
  const urls = studentAddresses(host, lan).map((ip) => `http://${ip}:${port}`)
  return urls.length > 0
    ? `  Students on the same Wi-Fi open: ${urls.join('  or  ')}`
    : '  No network address found: students need this laptop on the same Wi-Fi.'
}

/**
 * On an empty data folder only: a demo lecturer, a class with its join code and three teams, and one 5 C
 * assignment of the first library case. Returns what to print once the server listens (null when not seeded).
 */
export async function seedDemo(deps: {
  services: Services
  storage: Storage
  config: Config
}): Promise<DemoSeed | null> {
  const { services, storage, config } = deps
  const [lecturers, classes] = await Promise.all([storage.lecturers.list(), storage.classes.list()])
  if (lecturers.length > 0 || classes.length > 0) return null

  const { user } = await services.accounts.createAccount({
    name: 'Dosen Demo',
    email: DEMO_EMAIL,
    password: config.DEMO_PASSWORD,
  })
  const lecturer = { ...user, role: 'lecturer' as const, email: DEMO_EMAIL }
  const klass = await services.classes.create(lecturer, DEMO_CLASS)
  for (const name of ['Tim 1', 'Tim 2', 'Tim 3']) await services.teams.create(lecturer, klass.id, name)
  const firstCase = CASE_LIBRARY[0]
  if (firstCase)
    await services.assignments.create(lecturer, klass.id, { caseId: firstCase.id, templates: ['fiveC'] })

  return { joinCode: klass.joinCode ?? null }
}

/** What the demo seed created that the person starting the app needs to know. */
export interface DemoSeed {
  joinCode: string | null
}

/** Print how to log in and how students reach this laptop, with the port the server really listens on. */
export function announceDemo(seed: DemoSeed, deps: { config: Config; logger: Logger; port: number }): void {
  const { config, logger, port } = deps
  logger.info(
    [
      'Demo data created (the data folder was empty):',
      `  Lecturer login: ${DEMO_EMAIL} / ${config.DEMO_PASSWORD}  at http://localhost:${port}`,
      `  Class "${DEMO_CLASS}", join code for students: ${seed.joinCode ?? '(closed)'}`,
      studentAccessLine(config.HOST, port, lanAddresses()),
    ].join('\n'),
  )
}
