import type { Config } from '../config'
import type { ContributionLedger } from '../contributions/ledger'
import type { DomainEvents } from '../events'
import type { Logger } from '../logger'
import type { ClassRecord, Storage } from '../storage/types'
import { forbidden } from './errors'
import { KeyedLock } from './locks'
import type { AuthUser, LiveDocuments } from './ports'

/** What every service gets. */
export interface ServiceContext {
  storage: Storage
  documents: LiveDocuments
  events: DomainEvents
  config: Config
  logger: Logger
  /** Attribution of document updates to the members who sent them (server/contributions). */
  contributions: ContributionLedger
  /** The server secret (SECRET_FILE): keys the stored return codes' HMAC. */
  secret: Buffer
  /** Serialises changes to one class aggregate. */
  classLocks: KeyedLock
}

/** Build the shared context (one per server instance). */
export function createContext(deps: Omit<ServiceContext, 'classLocks'>): ServiceContext {
  return { ...deps, classLocks: new KeyedLock() }
}

/** A lecturer signed in; students and strangers get 403. */
export type Lecturer = Extract<AuthUser, { role: 'lecturer' }>
/** A student signed in. */
export type Student = Extract<AuthUser, { role: 'student' }>

/** The user as a lecturer, or 403. */
export function asLecturer(user: AuthUser): Lecturer {
  if (user.role !== 'lecturer') throw forbidden('Only lecturers can do this.')
  return user
}

/** The user as a student, or 403. */
export function asStudent(user: AuthUser): Student {
  if (user.role !== 'student') throw forbidden('Only students can do this.')
  return user
}

/** The class if this user teaches it; 403 otherwise, whether or not it exists. */
export async function lecturerClass(
  ctx: ServiceContext,
  user: AuthUser,
  classId: string,
): Promise<ClassRecord> {
  const lecturer = asLecturer(user)
  const record = await ctx.storage.classes.get(classId)
  if (!record || !record.lecturerIds.includes(lecturer.id)) throw forbidden()
  return record
}

/** The class and assignment, if the user teaches the class or studies in it; 403 otherwise, whether or not it exists. */
export async function openAssignment(ctx: ServiceContext, user: AuthUser, assignmentId: string) {
  const records =
    user.role === 'lecturer'
      ? await ctx.storage.classes.listForLecturer(user.id)
      : [await ctx.storage.classes.findByStudent(user.id)].filter((r) => r !== undefined)
  for (const record of records) {
    const assignment = record.assignments.find((a) => a.id === assignmentId)
    if (assignment) return { record, assignment }
  }
  throw forbidden()
}

/**
 * Change a class the user teaches: read, change and write under the class's lock, so concurrent requests
 * (a whole class joining at once) never overwrite each other. `change` may be async and return a value.
 */
export function changeLecturerClass<T>(
  ctx: ServiceContext,
  user: AuthUser,
  classId: string,
  change: (record: ClassRecord) => T | Promise<T>,
): Promise<T> {
  return changeClass(ctx, classId, async (record) => {
    if (!record.lecturerIds.includes(asLecturer(user).id)) throw forbidden()
    return change(record)
  })
}

/** Change a class under its lock (no authorisation: callers check). 403 when the class does not exist. */
export function changeClass<T>(
  ctx: ServiceContext,
  classId: string,
  change: (record: ClassRecord) => T | Promise<T>,
): Promise<T> {
  return ctx.classLocks.run(classId, async () => {
    const record = await ctx.storage.classes.get(classId)
    if (!record) throw forbidden()
    const result = await change(record)
    await ctx.storage.classes.put(record)
    return result
  })
}
