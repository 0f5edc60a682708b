import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useLang } from '../i18n/useBilingual'
import { useFormContext } from './formContext'

// The drawing's code (client/src/ecomap) loads only when the ecomap template is shown.
const EcomapEditor = lazy(() => import('../ecomap'))

/** The ecomap's systems and ties: the visual editor and its accessible list, in place of two generic lists. */
export function EcomapMount() {
  const { t } = useTranslation()
  const lang = useLang()
  const { doc, awareness, readOnly } = useFormContext()
  return (
    <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
      <EcomapEditor doc={doc} awareness={awareness} readOnly={readOnly} lang={lang} />
    </Suspense>
  )
}
