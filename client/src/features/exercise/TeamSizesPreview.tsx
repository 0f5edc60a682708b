import { teamSizes } from '../../../../cases/exercises/teamSizes'
import { useExerciseT } from './i18n'

interface Props {
  /** Students without a team now. */
  waiting: number
  teamSize: number
}

/** Runs of equal sizes in order: [3, 3, 2] → [{n: 2, size: 3}, {n: 1, size: 2}]. */
function runs(sizes: number[]): { n: number; size: number }[] {
  const out: { n: number; size: number }[] = []
  for (const size of sizes) {
    const last = out.at(-1)
    if (last?.size === size) last.n += 1
    else out.push({ n: 1, size })
  }
  return out
}

/**
 * What forming teams of `teamSize` will do, before the lecturer presses the button: "3 mahasiswa → 1 tim berisi 3",
 * and why a team differs from the size (a lone remainder joins the last team; a short last team).
 */
export function TeamSizesPreview({ waiting, teamSize }: Props) {
  const t = useExerciseT()
  if (waiting === 0) return null
  const sizes = teamSizes(waiting, teamSize)
  const teams = runs(sizes)
    .map(({ n, size }) => t(n === 1 ? 'previewTeamOne' : 'previewTeams', { n, size }))
    .join(', ')
  const students = t(waiting === 1 ? 'previewStudentOne' : 'previewStudents', { n: waiting })
  const merged = teamSize > 1 && waiting > teamSize && waiting % teamSize === 1
  const smaller = !merged && (sizes.at(-1) ?? teamSize) < teamSize
  return (
    <p className="small" data-testid="team-sizes-preview" aria-live="polite">
      {`${students} → ${teams}`}
      {merged && <> {t('previewMerged')}</>}
      {smaller && <> {t('previewSmaller')}</>}
    </p>
  )
}
