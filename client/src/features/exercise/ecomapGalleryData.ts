import type { ComparedValue, FieldComparison } from '../../../../cases/contracts/compare'
import { getComparison } from '../compare/api'

/** One team's ecomap, shaped as the export's `templates.ecomap` (what EcomapStatic reads). */
export interface TeamEcomap {
  teamId: string
  teamName: string
  value: { centre: { label: ComparedValue | null }; members: unknown; systems: unknown; ties: unknown }
}

/** Every team's ecomap from four compare requests (centre label, members, systems, ties), not one export each. */
export async function loadEcomaps(assignmentId: string): Promise<TeamEcomap[]> {
  const [label, members, systems, ties] = await Promise.all([
    getComparison(assignmentId, 'ecomap.centre.label', 'live'),
    getComparison(assignmentId, 'ecomap.members', 'live'),
    getComparison(assignmentId, 'ecomap.systems', 'live'),
    getComparison(assignmentId, 'ecomap.ties', 'live'),
  ])
  const valueOf = (list: FieldComparison, teamId: string) =>
    list.teams.find((x) => x.teamId === teamId)?.value ?? []
  return systems.teams.map((team) => ({
    teamId: team.teamId,
    teamName: team.teamName,
    value: {
      centre: { label: label.teams.find((x) => x.teamId === team.teamId)?.value ?? '' },
      members: valueOf(members, team.teamId),
      systems: team.value ?? [],
      ties: valueOf(ties, team.teamId),
    },
  }))
}
