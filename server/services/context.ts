import type { Config } from '../config'
import type { ContributionLedger } from '../contributions/ledger'
import type { DomainEvents } from '../events'
import type { Logger } from '../logger'
import type { ClassRecord, Storage } from '../storage/types'
import { AppError, forbidden, refused } from './errors'
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
  if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers can do this.')
  return user
}

/** The user as a student, or 403. */
export function asStudent(user: AuthUser): Student {
  if (user.role !== 'student') throw refused('students_only', 'Only students can do this.')
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
  options: ChangeOptions = {},
): Promise<T> {
  return changeClass(
    ctx,
    classId,
    async (record) => {
      if (!record.lecturerIds.includes(asLecturer(user).id)) throw forbidden()
      // After the lecturer check, so others learn nothing about the class.
      if (!options.evenIfArchived) assertWritable(record)
      return change(record)
    },
    { evenIfArchived: true },
  )
}

/** 409 `class_archived`: an archived class is read-only for everyone until a lecturer unarchives it. */
export const classArchived = () =>
  new AppError('class_archived', 'This class is archived: it is read-only until a lecturer unarchives it.')

/**
 * Refuse any change to an archived class's resources (`class_archived`). Every write path checks here: class
 * changes through `changeClass`, and the files kept beside the class (comments, grades, rubrics, self-checks,
 * history restores) with the class record they opened.
 */
export function assertWritable(record: ClassRecord): void {
  if (record.archived) throw classArchived()
}

/** How `changeClass` treats an archived class. */
export interface ChangeOptions {
  /**
   * Change it anyway: only the server's own clocks (a due-time lock, an exercise's end) and the lecturers'
   * unarchiving do; a person's change is refused with `class_archived`.
   */
  evenIfArchived?: boolean
}

/** `changeClass` for the server's own clocks (due-time locks, an exercise's end): they run in archived classes too. */
export function changeClassBySystem<T>(
  ctx: ServiceContext,
  classId: string,
  change: (record: ClassRecord) => T | Promise<T>,
): Promise<T> {
  return changeClass(ctx, classId, change, { evenIfArchived: true })
}

/**
 * Change a class under its lock (no authorisation: callers check). 403 when the class does not exist, 409
 * `class_archived` when it is archived (unless `evenIfArchived`).
 */
export function changeClass<T>(
  ctx: ServiceContext,
  classId: string,
  change: (record: ClassRecord) => T | Promise<T>,
  options: ChangeOptions = {},
): Promise<T> {
  return ctx.classLocks.run(classId, async () => {
    const record = await ctx.storage.classes.get(classId)
    if (!record) throw forbidden()
    if (!options.evenIfArchived) assertWritable(record)
    const result = await change(record)
    await ctx.storage.classes.put(record)
    return result
  })
}
