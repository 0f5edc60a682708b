import { Link } from 'react-router'
import { useLang } from '../../i18n/useBilingual'
import { useGradesT } from './i18n'

/**
 * The review dashboard's spreadsheet downloads beside the original CSV: the Excel workbook (in the interface's
 * language) and the Indonesian CSV with semicolons that Excel in an Indonesian locale opens as columns; and the
 * class's letter grade scale.
 */
export function GradebookLinks({ classId }: { classId: string }) {
  const t = useGradesT()
  const lang = useLang()
  const base = `/api/classes/${encodeURIComponent(classId)}`
  return (
    <p className="gradebook-links">
      <a href={`${base}/gradebook.xlsx${lang === 'en' ? '?lang=en' : ''}`} download>
        {t('gradebookXlsx')}
      </a>{' '}
      ·{' '}
      <a href={`${base}/gradebook.csv?lang=id&sep=%3B`} download>
        {t('gradebookCsvExcel')}
      </a>{' '}
      · <Link to={`/classes/${encodeURIComponent(classId)}/review/grade-scale`}>{t('gradeScaleLink')}</Link>
    </p>
  )
}
