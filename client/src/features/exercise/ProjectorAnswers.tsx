import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { getComparison } from '../compare/api'
import { AnswerCard } from '../compare/AnswerCard'
import '../compare/compare.css'
import type { FieldOption } from '../compare/fieldOptions'
import { useCompareT } from '../compare/i18n'
import { useExerciseT } from './i18n'

interface Props {
  assignmentId: string
  option: FieldOption
  hideNames: boolean
  /** Changes when the answers may have changed (progress pushed, or the lecturer's refresh). */
  stamp: number
}

/** Every team's live answer to one field, in large type, side by side (the compare view's cards). */
export function ProjectorAnswers({ assignmentId, option, hideNames, stamp }: Props) {
  const t = useExerciseT()
  const compareT = useCompareT()
  const answers = useResource(
    () => getComparison(assignmentId, option.path, 'live'),
    `${assignmentId}/${option.path}/${stamp}`,
  )
  return (
    <section aria-label={t('answers')}>
      <ErrorMessage error={answers.error} />
      <div className="compare-grid compare-large exercise-answers">
        {(answers.data?.teams ?? []).map((team, i) => (
          <AnswerCard
            key={team.teamId}
            team={team}
            title={hideNames ? t('teamN', { n: i + 1 }) : team.teamName}
            option={option}
            submitted={false}
            t={compareT}
          />
        ))}
      </div>
    </section>
  )
}
