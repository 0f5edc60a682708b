import type { ClassDetail, ClassSummary, UpdateClassBody } from '../../cases/contracts/http'
import type { ClassRecord } from '../storage/types'
import { asLecturer, changeLecturerClass, lecturerClass, type ServiceContext } from './context'
import { refused } from './errors'
import type { AuthUser } from './ports'
import { JOIN_CODE_LENGTH, newId, randomCode } from './secrets'
import type { SessionService } from './sessions'
import { assertArchiveChangeAllowed, followArchive } from './classArchive'
import { assignmentView, classStudent, classSummary, teamsWithMembers } from './views'
import { deleteRubrics } from './reviewCleanup'
import { deleteWorkspaces } from './workspaceRecords'
import { recentTeamMoves } from './teamMoves'

/** Replace the join code; the old one is kept for rejoining only (students who already joined). */
function retireJoinCode(record: ClassRecord, next: string | null): ClassRecord {
  if (record.joinCode !== null)
    record.pastJoinCodes = [...(record.pastJoinCodes ?? []), record.joinCode].slice(-20)
  record.joinCode = next
  return record
}

/** Classes: create, list, show, settings, join code, co-lecturers, delete with everything in it. */
export function createClassService(ctx: ServiceContext, sessions: SessionService) {
  const { classes, lecturers } = ctx.storage

  /** A join code no open class uses. */
  async function freshJoinCode(): Promise<string> {
    for (;;) {
      const code = randomCode(JOIN_CODE_LENGTH)
      if (!(await classes.findByJoinCode(code))) return code
    }
  }

  const updated = (record: ClassRecord): ClassSummary => {
    ctx.events.emit('class:updated', { classId: record.id })
    return classSummary(record)
  }

  return {
    async create(user: AuthUser, name: string): Promise<ClassSummary> {
      const lecturer = asLecturer(user)
      const record: ClassRecord = {
        id: newId(),
        name,
        joinCode: await freshJoinCode(),
        teamChoiceLocked: false,
        teamMovesOpen: false,
        archived: false,
        ownerId: lecturer.id,
        lecturerIds: [lecturer.id],
        createdAt: new Date().toISOString(),
        teams: [],
        students: [],
        assignments: [],
        workspaces: [],
      }
      await classes.put(record)
      ctx.events.emit('lecturer:changed', { classId: record.id, lecturerId: lecturer.id, teaching: true })
      return classSummary(record)
    },

    async list(user: AuthUser): Promise<ClassSummary[]> {
      const records = await classes.listForLecturer(asLecturer(user).id)
      return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(classSummary)
    },

    async detail(user: AuthUser, classId: string): Promise<ClassDetail> {
      const record = await lecturerClass(ctx, user, classId)
      const people = await Promise.all(record.lecturerIds.map((id) => lecturers.get(id)))
      return {
        ...classSummary(record),
        ownerId: record.ownerId,
        lecturers: people.flatMap((p) => (p ? [{ id: p.id, name: p.name, email: p.email }] : [])),
        teams: teamsWithMembers(record),
        students: record.students.map(classStudent),
        assignments: record.assignments.map((a) => assignmentView(record, a)),
        teamMoves: recentTeamMoves(record),
      }
    },

    async update(user: AuthUser, classId: string, body: UpdateClassBody): Promise<ClassSummary> {
      let archiveChange = { archived: false, workspaceIds: [] as string[] }
      let undoArchive: (() => Promise<void>) | undefined
      const record = await changeLecturerClass(
        ctx,
        user,
        classId,
        async (r) => {
          const wasArchived = r.archived
          assertArchiveChangeAllowed(r, body)
          if (body.name !== undefined) r.name = body.name
          if (body.teamChoiceLocked !== undefined) r.teamChoiceLocked = body.teamChoiceLocked
          if (body.archived !== undefined) r.archived = body.archived
          if (body.teamMovesOpen !== undefined) r.teamMovesOpen = body.teamMovesOpen
          const followed = await followArchive(ctx, r, wasArchived)
          undoArchive = followed.undo
          archiveChange = { archived: r.archived, workspaceIds: followed.workspaceIds }
          return r
        },
        { evenIfArchived: true },
      ).catch(async (error: unknown) => {
        // The record was not written: the documents go back to what it still says.
        await undoArchive?.()
        throw error
      })
      if (archiveChange.workspaceIds.length > 0)
        ctx.events.emit('class:archived', { classId, ...archiveChange })
      return updated(record)
    },

    async regenerateJoinCode(user: AuthUser, classId: string): Promise<ClassSummary> {
      await lecturerClass(ctx, user, classId)
      const code = await freshJoinCode()
      return updated(await changeLecturerClass(ctx, user, classId, (r) => retireJoinCode(r, code)))
    },

    async closeJoinCode(user: AuthUser, classId: string): Promise<ClassSummary> {
      return updated(await changeLecturerClass(ctx, user, classId, (r) => retireJoinCode(r, null)))
    },

    async addLecturer(user: AuthUser, classId: string, email: string) {
      await lecturerClass(ctx, user, classId)
      const other = await lecturers.findByEmail(email)
      if (!other)
        throw refused('lecturer_not_found', 'email: no lecturer is registered with this e-mail address')
      await changeLecturerClass(ctx, user, classId, (r) => {
        if (r.lecturerIds.includes(other.id))
          throw refused('lecturer_already_in_class', 'email: this lecturer already teaches this class')
        r.lecturerIds.push(other.id)
      })
      ctx.events.emit('lecturer:changed', { classId, lecturerId: other.id, teaching: true })
      ctx.events.emit('class:updated', { classId })
      return { id: other.id, name: other.name, email: other.email }
    },

    /**
     * Take a co-lecturer off the class: the owner removes anyone else, a co-lecturer only themselves; the owner
     * stays. Their open sockets leave the class's rooms and their document connections to it close.
     */
    async removeLecturer(user: AuthUser, classId: string, lecturerId: string): Promise<void> {
      const record = await lecturerClass(ctx, user, classId)
      if (!record.lecturerIds.includes(lecturerId))
        throw refused('not_a_lecturer_of_class', 'lecturerId: not a lecturer of this class')
      if (lecturerId === record.ownerId)
        throw refused('owner_cannot_be_removed', 'lecturerId: the owner of the class cannot be removed')
      if (user.id !== record.ownerId && user.id !== lecturerId)
        throw refused('class_owner_only', 'Only the owner of the class removes other lecturers.')
      await changeLecturerClass(ctx, user, classId, (r) => {
        r.lecturerIds = r.lecturerIds.filter((id) => id !== lecturerId)
      })
      // The class's announcement first, while the removed lecturer's sockets are still in its room.
      ctx.events.emit('class:updated', { classId })
      ctx.events.emit('lecturer:changed', { classId, lecturerId, teaching: false })
    },

    /** Delete the class with its documents and rubrics; its students' sessions end. */
    async remove(user: AuthUser, classId: string): Promise<void> {
      await lecturerClass(ctx, user, classId)
      const record = await ctx.classLocks.run(classId, async () => {
        const found = await classes.get(classId)
        if (!found) return undefined
        await classes.delete(classId)
        await deleteWorkspaces(
          ctx,
          found.workspaces.map((w) => w.id),
        )
        await deleteRubrics(
          ctx,
          found.assignments.map((a) => a.id),
        )
        for (const student of found.students) await sessions.revokeUser(student.id, 'class-deleted')
        return found
      })
      ctx.events.emit('class:updated', { classId })
      for (const lecturerId of record?.lecturerIds ?? [])
        ctx.events.emit('lecturer:changed', { classId, lecturerId, teaching: false })
    },
  }
}
