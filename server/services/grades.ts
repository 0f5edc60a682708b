import type { HiddenGrade, PutGradeBody, RubricCriterion, WorkspaceGrade } from '../../cases/contracts/grades'
import type { GradeRecord } from '../storage/types'
import { assertWritable, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { gradeView, resolveGrade } from './gradeView'
import { KeyedLock } from './locks'
import type { AccessService, AuthUser } from './ports'
import { currentCriteria } from './rubrics'

/**
 * Grades per workspace: only the class's lecturers write them; the team's students read them once released, and
 * then only their own member entry and adjustment.
 */
export function createGradeService(ctx: ServiceContext, access: AccessService) {
  const { storage } = ctx
  const locks = new KeyedLock()

  async function open(user: AuthUser, workspaceId: string) {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await storage.classes.findByWorkspace(workspaceId) : undefined
    const workspace = record?.workspaces.find((w) => w.id === workspaceId)
    const assignment = record?.assignments.find((a) => a.id === workspace?.assignmentId)
    if (!record || !workspace || !assignment) throw forbidden()
    const criteria = await currentCriteria(ctx, assignment)
    return { record, workspace, criteria }
  }

  async function openAsLecturer(user: AuthUser, workspaceId: string) {
    if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers grade.')
    return open(user, workspaceId)
  }

  /** Change the stored grade under the workspace's lock and answer with the lecturers' view. */
  async function change(
    user: AuthUser,
    workspaceId: string,
    edit: (
      grade: GradeRecord | undefined,
      team: { memberIds: string[]; criteria: RubricCriterion[] },
    ) => GradeRecord,
  ): Promise<WorkspaceGrade> {
    const { record, workspace, criteria } = await openAsLecturer(user, workspaceId)
    assertWritable(record)
    const memberIds = record.students.filter((s) => s.teamId === workspace.teamId).map((s) => s.id)
    const { before, grade } = await locks.run(workspaceId, async () => {
      const previous = await storage.grades.get(workspaceId)
      const next = edit(previous, { memberIds, criteria })
      await storage.grades.put(next)
      return { before: previous, grade: next }
    })
    // The team hears of every change to what it may see: a release, a withdrawal, an edit of a released grade.
    if (before?.released || grade.released) {
      ctx.events.emit('grade:released', {
        classId: record.id,
        teamId: workspace.teamId,
        workspaceId,
        released: grade.released,
      })
    }
    return gradeView(record, workspace, criteria, grade)
  }

  function setReleased(user: AuthUser, workspaceId: string, released: boolean) {
    return change(user, workspaceId, (grade) => {
      if (!grade) throw refused('grade_missing', 'Grade this workspace before releasing it.')
      return { ...grade, released, releasedAt: released ? new Date().toISOString() : null }
    })
  }

  return {
    async get(user: AuthUser, workspaceId: string): Promise<WorkspaceGrade | HiddenGrade> {
      const { record, workspace, criteria } = await open(user, workspaceId)
      const grade = await storage.grades.get(workspaceId)
      if (user.role === 'lecturer') return gradeView(record, workspace, criteria, grade)
      if (!grade?.released) return { workspaceId, assignmentId: workspace.assignmentId, released: false }
      const full = gradeView(record, workspace, criteria, grade)
      return {
        ...full,
        adjustments: full.adjustments.filter((a) => a.studentId === user.id),
        members: full.members.filter((m) => m.id === user.id),
      }
    },

    put(user: AuthUser, workspaceId: string, body: PutGradeBody): Promise<WorkspaceGrade> {
      return change(user, workspaceId, (grade, { memberIds, criteria }) => ({
        workspaceId,
        ...resolveGrade(body, criteria, memberIds),
        feedback: body.feedback ?? grade?.feedback ?? '',
        released: grade?.released ?? false,
        releasedAt: grade?.releasedAt ?? null,
        updatedAt: new Date().toISOString(),
        gradedBy: user.id,
      }))
    },

    release: (user: AuthUser, workspaceId: string) => setReleased(user, workspaceId, true),
    unrelease: (user: AuthUser, workspaceId: string) => setReleased(user, workspaceId, false),
  }
}

/** The grade service. */
export type GradeService = ReturnType<typeof createGradeService>
