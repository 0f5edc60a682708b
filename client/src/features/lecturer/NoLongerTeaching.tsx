import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiError } from '../../api/client'

/** True when loading a class was refused because the lecturer is no longer one of its lecturers. */
export const isNoLongerTeaching = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 403

/** Shown instead of a raw error to a lecturer removed from (or who left) the class they had open. */
export function NoLongerTeaching() {
  const { t } = useTranslation()
  return (
    <div className="notice" role="alert" data-testid="no-longer-teaching">
      <p>{t('classPage.noLongerTeach')}</p>
      <p>
        <Link to="/classes">{t('classPage.backToClasses')}</Link>
      </p>
    </div>
  )
}
