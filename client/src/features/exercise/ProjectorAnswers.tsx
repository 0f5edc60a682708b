import type { ComparedValue } from '../../../../cases/contracts/compare'
import type { FieldJson } from '../../../../cases/templates/types'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import type { ComparableField } from '../review/compareFields'
import { fieldText } from '../review/fieldText'
import { compareField } from './api'
import { useExerciseT } from './i18n'

interface Props {
  assignmentId: string
  field: ComparableField
  hideNames: boolean
  /** Changes when the lecturer asks for the answers again. */
  stamp: number
}

/** Every team's live answer to one field, in large type, side by side. */
export function ProjectorAnswers({ assignmentId, field, hideNames, stamp }: Props) {
  const t = useExerciseT()
  const pick = useBilingual()
  const answers = useResource(
    () => compareField(assignmentId, field.key),
    `${assignmentId}/${field.key}/${stamp}`,
  )
  const words = { empty: t('empty'), yes: t('yes'), no: t('no'), pick }
  const text = (value: ComparedValue | null) =>
    fieldText(field.field, (value ?? undefined) as FieldJson | undefined, words, new Map())
  return (
    <section aria-label={t('answers')}>
      <ErrorMessage error={answers.error} />
      <ul className="exercise-answers">
        {(answers.data?.teams ?? []).map((team, i) => (
          <li key={team.teamId} className="panel" data-team-id={team.teamId}>
            <h2>{hideNames ? t('teamN', { n: i + 1 }) : team.teamName}</h2>
            <p className="exercise-answer-text">{text(team.value)}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
