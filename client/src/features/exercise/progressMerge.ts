import type { ExerciseTeamProgress, HelpRequest } from '../../../../cases/contracts/exercises'

/** The overview by team id. */
export type ProgressByTeam = ReadonlyMap<string, ExerciseTeamProgress>

/** Merge an `exercise:progress` payload in (it may carry every team or only the ones that changed). */
export function mergeProgress(
  current: ProgressByTeam,
  teams: readonly ExerciseTeamProgress[],
): ProgressByTeam {
  const next = new Map(current)
  for (const team of teams) next.set(team.teamId, team)
  return next
}

/** Add a help request pushed by `help:requested` to its team's open requests (once). */
export function addHelp(current: ProgressByTeam, request: HelpRequest): ProgressByTeam {
  const team = current.get(request.teamId)
  const base: ExerciseTeamProgress = team ?? {
    teamId: request.teamId,
    workspaceId: '',
    progress: {},
    online: 0,
    lastActivity: null,
    help: [],
  }
  if (base.help.some((h) => h.id === request.id)) return current
  return new Map(current).set(request.teamId, { ...base, help: [...base.help, request] })
}

/** Drop the acknowledged requests of a team. */
export function clearHelp(
  current: ProgressByTeam,
  teamId: string,
  requestIds?: readonly string[],
): ProgressByTeam {
  const team = current.get(teamId)
  if (!team) return current
  const help = requestIds ? team.help.filter((h) => !requestIds.includes(h.id)) : []
  return new Map(current).set(teamId, { ...team, help })
}

/** Filled and total fields of one team over every template. */
export function totals(team: ExerciseTeamProgress): { filled: number; total: number } {
  let filled = 0
  let total = 0
  for (const p of Object.values(team.progress)) {
    filled += p.filled
    total += p.total
  }
  return { filled, total }
}
