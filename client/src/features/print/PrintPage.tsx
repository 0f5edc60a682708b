import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { loadPrintData } from './api'
import { usePrintT } from './i18n'
import { PrintHeader } from './PrintHeader'
import { PrintTemplates } from './PrintTemplates'
import './print.css'

/** `?version=n` as a whole number ≥ 1, or null for the live export. */
function versionParam(raw: string | null): number | null {
  if (!raw || !/^[1-9][0-9]{0,8}$/.test(raw)) return null
  return Number(raw)
}

/**
 * A workspace as a clean printable document (live export, or a stored version with `?version=n`): header, case text,
 * every template as text with its completion, the ecomap drawn. The print stylesheet hides the app's frame and the
 * buttons, so the browser's "Save as PDF" gives a clean file.
 */
export default function PrintPage() {
  const t = usePrintT()
  const pick = useBilingual()
  const { workspaceId = '' } = useParams()
  const [search] = useSearchParams()
  const version = versionParam(search.get('version'))
  const [printedAt] = useState(() => new Date().toISOString())
  const { data, error } = useResource(() => loadPrintData(workspaceId, version), `${workspaceId}/${version}`)
  if (error) return <ErrorMessage error={error} />
  if (!data) return <p className="muted">{t('loading')}</p>
  const { result } = data
  return (
    <article className="print-page" data-testid="print-page">
      <div className="print-actions no-print">
        <Link to={`/w/${encodeURIComponent(workspaceId)}`} className="tap">
          {t('back')}
        </Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <span className="muted small">{t('printHint')}</span>
      </div>
      <PrintHeader data={data} printedAt={printedAt} />
      <section className="print-case">
        <h2>{t('caseHeading')}</h2>
        <h3>{t('summary')}</h3>
        <p className="print-text">{pick(result.case.summary)}</p>
        <h3>{t('scenario')}</h3>
        <p className="print-text">{pick(result.case.scenario)}</p>
      </section>
      <PrintTemplates result={result} />
    </article>
  )
}
