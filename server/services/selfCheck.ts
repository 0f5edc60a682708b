import type { PutSelfCheckBody, SelfCheckNamedAnswer, SelfCheckView } from '../../cases/contracts/selfCheck'
import { aggregateSelfCheck } from '../../cases/selfCheck/aggregate'
import type { ClassRecord, SelfCheckRecord } from '../storage/types'
import { assertWritable, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { teamMembers } from './exportEnvelope'
import { KeyedLock } from './locks'
import type { AccessService, AuthUser } from './ports'

/** The view of a workspace's self-checks for this user: the aggregate, their own answer, names for lecturers. */
function viewFor(
  user: AuthUser,
  record: ClassRecord,
  teamId: string,
  stored: SelfCheckRecord | undefined,
  workspaceId: string,
): SelfCheckView {
  const members = teamMembers(record, teamId)
  // Only current members count: a student moved to another team no longer speaks for this one.
  const answers: SelfCheckNamedAnswer[] = members.flatMap((m) => {
    const answer = stored?.answers[m.id]
    return answer ? [{ userId: m.id, name: m.name, ...answer }] : []
  })
  const team = aggregateSelfCheck(members.length, answers)
  if (user.role === 'lecturer') return { workspaceId, mine: null, team, answers }
  return { workspaceId, mine: stored?.answers[user.id] ?? null, team }
}

/**
 * The team's stage self-check (Tuckman): each member answers privately, the team sees the aggregate, the class's
 * lecturers see each answer with names. Not graded, and accepted on a submitted workspace (it is about the team).
 */
export function createSelfCheckService(ctx: ServiceContext, access: AccessService) {
  const locks = new KeyedLock()

  const onDeleted = ({ workspaceId }: { workspaceId: string }) => {
    ctx.storage.selfChecks.delete(workspaceId).catch((error: unknown) => {
      ctx.logger.error(`deleting the self-checks of workspace ${workspaceId} failed`, error)
    })
  }
  ctx.events.on('workspace:deleted', onDeleted)

  /** The class record and the workspace's team, when this user may open the workspace; 403 otherwise. */
  async function allowed(user: AuthUser, workspaceId: string) {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await ctx.storage.classes.findByWorkspace(workspaceId) : undefined
    const workspace = record?.workspaces.find((w) => w.id === workspaceId)
    if (!record || !workspace) throw forbidden()
    return { record, teamId: workspace.teamId }
  }

  return {
    /** GET /api/workspaces/:id/self-check: the team's students and the class's lecturers; anyone else 403. */
    async get(user: AuthUser, workspaceId: string): Promise<SelfCheckView> {
      const { record, teamId } = await allowed(user, workspaceId)
      return viewFor(user, record, teamId, await ctx.storage.selfChecks.get(workspaceId), workspaceId)
    },

    /** PUT /api/workspaces/:id/self-check: a team member's latest answer replaces their earlier one. */
    async put(user: AuthUser, workspaceId: string, body: PutSelfCheckBody): Promise<SelfCheckView> {
      if (user.role !== 'student')
        throw refused('team_members_only', 'Only the team’s members answer the self-check.')
      const { record, teamId } = await allowed(user, workspaceId)
      assertWritable(record)
      const stored = await locks.run(workspaceId, async () => {
        const now = new Date().toISOString()
        const current = (await ctx.storage.selfChecks.get(workspaceId)) ?? {
          workspaceId,
          answers: {},
          updatedAt: now,
        }
        current.answers[user.id] = {
          stage: body.stage,
          indicators: body.indicators,
          note: body.note ?? '',
          answeredAt: now,
        }
        current.updatedAt = now
        await ctx.storage.selfChecks.put(current)
        return current
      })
      ctx.events.emit('selfcheck:changed', { classId: record.id, teamId, workspaceId })
      return viewFor(user, record, teamId, stored, workspaceId)
    },
  }
}

/** The self-check service. */
export type SelfCheckService = ReturnType<typeof createSelfCheckService>
