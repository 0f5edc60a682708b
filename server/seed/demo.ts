import os from 'node:os'
import { CASE_LIBRARY } from '../../cases/library'
import type { Config } from '../config'
import type { Logger } from '../logger'
import type { Services } from '../services'
import type { Storage } from '../storage/types'

/** The demo lecturer's e-mail address (fictional). */
export const DEMO_EMAIL = 'demo@ruangkasus.test'
/** The demo class's name. */
export const DEMO_CLASS = 'Metode Intervensi Kelompok (Demo)'

/** Non-internal IPv4 addresses of this machine: how students on the same Wi-Fi reach it. */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address)
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
  const lan = lanAddresses().map((ip) => `http://${ip}:${port}`)
  logger.info(
    [
      'Demo data created (the data folder was empty):',
      `  Lecturer login: ${DEMO_EMAIL} / ${config.DEMO_PASSWORD}  at http://localhost:${port}`,
      `  Class "${DEMO_CLASS}", join code for students: ${seed.joinCode ?? '(closed)'}`,
      lan.length > 0
        ? `  Students on the same Wi-Fi open: ${lan.join('  or  ')}`
        : '  No network address found: students need this laptop on the same Wi-Fi.',
    ].join('\n'),
  )
}
