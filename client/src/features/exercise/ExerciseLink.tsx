import { Link } from 'react-router'
import { useExerciseT } from './i18n'

/** The link from a lecturer's class page to starting a live exercise. */
export function ExerciseLink({ classId }: { classId: string }) {
  const t = useExerciseT()
  return (
    <p>
      <Link to={`/classes/${encodeURIComponent(classId)}/exercise`}>{t('link')}</Link>
    </p>
  )
}
