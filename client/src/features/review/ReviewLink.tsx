import { Link } from 'react-router'
import { useReviewT } from './i18n'

/** The link from a lecturer's class page to its review dashboard. */
export function ReviewLink({ classId }: { classId: string }) {
  const t = useReviewT()
  return (
    <p>
      <Link to={`/classes/${encodeURIComponent(classId)}/review`}>{t('classLink')}</Link>
    </p>
  )
}
