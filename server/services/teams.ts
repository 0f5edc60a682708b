import type { Team } from '../../cases/contracts/http'
import type { ClassRecord } from '../storage/types'
import { changeLecturerClass, type ServiceContext } from './context'
import { refused } from './errors'
import type { AuthUser } from './ports'
import { newId } from './secrets'
import { sameName } from './views'
import { addTeamWorkspaces, assignmentsForTeam, deleteWorkspaces } from './workspaceRecords'

/** The team of a class, or 404 (the caller already teaches the class, so this leaks nothing). */
export function findTeam(record: ClassRecord, teamId: string) {
  const team = record.teams.find((t) => t.id === teamId)
  if (!team) throw refused('team_not_found', 'No team with this id in this class.')
  return team
}

function assertNameFree(record: ClassRecord, name: string, exceptId?: string) {
  if (record.teams.some((t) => t.id !== exceptId && sameName(t.name, name))) {
    throw refused('team_name_taken', 'name: this class already has a team with this name')
  }
}

/** Teams of a class, managed by its lecturers. */
export function createTeamService(ctx: ServiceContext) {
  return {
    /** A new team gets its own workspace for every assignment the class already has. */
    async create(user: AuthUser, classId: string, name: string): Promise<Team> {
      const team = await changeLecturerClass(ctx, user, classId, async (record) => {
        assertNameFree(record, name)
        const created = { id: newId(), name, createdAt: new Date().toISOString() }
        record.teams.push(created)
        await addTeamWorkspaces(ctx, record, created.id, assignmentsForTeam(record, created.id))
        return { id: created.id, name: created.name }
      })
      ctx.events.emit('class:updated', { classId })
      return team
    },

    async rename(user: AuthUser, classId: string, teamId: string, name: string): Promise<Team> {
      const team = await changeLecturerClass(ctx, user, classId, (record) => {
        const found = findTeam(record, teamId)
        assertNameFree(record, name, teamId)
        found.name = name
        return { id: found.id, name: found.name }
      })
      ctx.events.emit('class:updated', { classId })
      return team
    },

    /** Refused while the team has students (move them first); deletes the team's workspaces. */
    async remove(user: AuthUser, classId: string, teamId: string): Promise<void> {
      const gone = await changeLecturerClass(ctx, user, classId, (record) => {
        findTeam(record, teamId)
        if (record.students.some((s) => s.teamId === teamId)) {
          throw refused('team_not_empty', 'This team still has students: move or remove them first.')
        }
        const workspaceIds = record.workspaces.filter((w) => w.teamId === teamId).map((w) => w.id)
        record.teams = record.teams.filter((t) => t.id !== teamId)
        record.workspaces = record.workspaces.filter((w) => w.teamId !== teamId)
        return workspaceIds
      })
      await deleteWorkspaces(ctx, gone)
      ctx.events.emit('class:updated', { classId })
    },
  }
}
