import { useTranslation } from 'react-i18next'

/** "Memuat…" while a page's data is on its way (`pending`), so a slow network never shows a blank page. */
export function Loading({ pending }: { pending: boolean }) {
  const { t } = useTranslation()
  if (!pending) return null
  return (
    <p className="muted" role="status" aria-busy="true" data-testid="loading">
      {t('common.loading')}
    </p>
  )
}
