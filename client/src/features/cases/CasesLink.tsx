import { Link } from 'react-router'
import { useCasesT } from './i18n'

/** The lecturer's way to "My cases", for the lecturer pages' navigation. */
export function CasesLink() {
  const t = useCasesT()
  return <Link to="/cases">{t('navLink')}</Link>
}
