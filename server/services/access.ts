import type { ServiceContext } from './context'
import type { AccessService, AuthUser } from './ports'
import type { SessionService } from './sessions'

/** Who is behind a token and what they may open; shared by HTTP, document connections and socket.io. */
export function createAccessService(ctx: ServiceContext, sessions: SessionService): AccessService {
  const { storage } = ctx
  return {
    async authenticate(token) {
      const session = await sessions.find(token)
      if (!session) return null
      if (session.role === 'lecturer') {
        const lecturer = await storage.lecturers.get(session.userId)
        return lecturer
          ? { id: lecturer.id, role: 'lecturer', name: lecturer.name, email: lecturer.email }
          : null
      }
      const record = await storage.classes.findByStudent(session.userId)
      const student = record?.students.find((s) => s.id === session.userId)
      if (!record || !student) return null
      return {
        id: student.id,
        role: 'student',
        name: student.name,
        classId: record.id,
        teamId: student.teamId,
      }
    },

    async workspaceRole(user: AuthUser, workspaceId: string) {
      const record = await storage.classes.findByWorkspace(workspaceId)
      const workspace = record?.workspaces.find((w) => w.id === workspaceId)
      if (!record || !workspace) return null
      if (user.role === 'lecturer') return record.lecturerIds.includes(user.id) ? 'read' : null
      // The stored record, not the user object: a student moved a moment ago has lost access.
      const student = record.students.find((s) => s.id === user.id)
      if (!student || student.teamId !== workspace.teamId) return null
      // An archived class is read-only for everyone (its documents are locked too, see classArchive.ts).
      if (workspace.status === 'submitted' || record.archived) return 'read'
      // A paused live exercise: read-only until the lecturer resumes it.
      const paused =
        record.assignments.find((a) => a.id === workspace.assignmentId)?.exercise?.status === 'paused'
      return paused ? 'read' : 'write'
    },

    async rooms(user: AuthUser) {
      if (user.role === 'lecturer') {
        const classes = await storage.classes.listForLecturer(user.id)
        return [`user:${user.id}`, ...classes.flatMap((c) => [`class:${c.id}`, `lecturers:${c.id}`])]
      }
      const record = await storage.classes.findByStudent(user.id)
      const student = record?.students.find((s) => s.id === user.id)
      if (!record || !student) return [`user:${user.id}`]
      return [`user:${user.id}`, `class:${record.id}`, ...(student.teamId ? [`team:${student.teamId}`] : [])]
    },
  }
}
