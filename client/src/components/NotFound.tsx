import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** Any unknown page. */
export function NotFound() {
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  )
}
