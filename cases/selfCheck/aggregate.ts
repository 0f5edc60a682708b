import type { SelfCheckAnswer, SelfCheckTeam } from '../contracts/selfCheck'
import { TUCKMAN_STAGES, type TuckmanStage } from './stages'

/**
 * The team's aggregate of its members' latest answers: counts per stage and per indicator, and whether the
 * answers span two or more stages. `answers` are those of the team's current members only.
 */
export function aggregateSelfCheck(members: number, answers: readonly SelfCheckAnswer[]): SelfCheckTeam {
  const byStage = Object.fromEntries(TUCKMAN_STAGES.map((s) => [s, 0])) as Record<TuckmanStage, number>
  const indicators: Record<string, number> = {}
  for (const answer of answers) {
    byStage[answer.stage] += 1
    for (const key of answer.indicators) indicators[key] = (indicators[key] ?? 0) + 1
  }
  const stagesChosen = TUCKMAN_STAGES.filter((s) => byStage[s] > 0).length
  return { members, responses: answers.length, byStage, indicators, spread: stagesChosen >= 2 }
}
