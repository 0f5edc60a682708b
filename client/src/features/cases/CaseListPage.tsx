import { Link } from 'react-router'
import type { CaseListItem } from '../../../../cases/contracts/http'
import { useResource } from '../../api/useResource'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { useAction } from '../../components/useAction'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { deleteCase, listCaseItems } from './api'
import { useCasesT } from './i18n'

/** "My cases": the lecturer's own cases (edit, delete) and the library (view only). */
export function CaseListPage() {
  const t = useCasesT()
  const bi = useBilingual()
  const lang = useLang()
  const cases = useResource(listCaseItems, 'case-items')
  const remove = useAction(async (caseId: string) => {
    await deleteCase(caseId)
    await cases.reload()
  })
  const own = cases.data?.filter((c) => c.origin === 'own') ?? []
  const library = cases.data?.filter((c) => c.origin === 'library') ?? []
  const changed = (c: CaseListItem) =>
    c.updatedAt ? t('changedAt', { date: new Date(c.updatedAt).toLocaleDateString(lang) }) : ''

  return (
    <section>
      <p>
        <Link to="/classes">← {t('toClasses')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ErrorMessage error={cases.error ?? remove.error} />
      <Loading pending={!cases.data && !cases.error} />
      <p>
        <Link to="new" className="button primary">
          {t('newCase')}
        </Link>
      </p>
      <h2>{t('ownHeading')}</h2>
      {cases.data && own.length === 0 && <p className="muted">{t('noneOwn')}</p>}
      <ul className="cards" aria-label={t('ownHeading')}>
        {own.map((c) => (
          <li key={c.id}>
            <strong>{bi(c.title)}</strong> <span className="muted small">{changed(c)}</span>
            <br />
            <span className="muted">{bi(c.summary)}</span>
            <div className="actions">
              <Link to={encodeURIComponent(c.id)}>{t('view')}</Link>
              <Link to={`${encodeURIComponent(c.id)}/edit`}>{t('edit')}</Link>
              <ConfirmButton
                question={t('deleteQuestion')}
                onConfirm={() => void remove.run(c.id)}
                disabled={remove.busy}
              >
                {t('delete')}
              </ConfirmButton>
            </div>
          </li>
        ))}
      </ul>
      <h2>{t('libraryHeading')}</h2>
      <ul className="cards" aria-label={t('libraryHeading')}>
        {library.map((c) => (
          <li key={c.id}>
            <Link to={encodeURIComponent(c.id)}>{bi(c.title)}</Link>
            <br />
            <span className="muted">{bi(c.summary)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
