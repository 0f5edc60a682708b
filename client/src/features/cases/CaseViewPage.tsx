import { Link, useParams } from 'react-router'
import { listTemplates } from '../../api/library'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { getCase } from './api'
import { useCasesT } from './i18n'

/** One case, read-only: a library case, or an own case with a link to edit it. Text is shown as text. */
export function CaseViewPage() {
  const t = useCasesT()
  const bi = useBilingual()
  const { caseId = '' } = useParams()
  const view = useResource(() => getCase(caseId), `case:${caseId}`)
  const templates = useResource(listTemplates, 'templates')
  const study = view.data
  const templateTitle = (id: string) => bi(templates.data?.find((tpl) => tpl.id === id)?.title) || id

  return (
    <section>
      <p>
        <Link to="/cases">{t('back')}</Link>
      </p>
      <ErrorMessage error={view.error} />
      {!study && !view.error && <p className="muted">{t('loading')}</p>}
      {study && (
        <article className="case-view">
          <h1>{bi(study.title)}</h1>
          <p className="notice">{study.editable ? t('ownNote') : t('readOnly')}</p>
          {study.editable && (
            <p>
              <Link to="edit" className="button">
                {t('edit')}
              </Link>
            </p>
          )}
          <p className="muted">{bi(study.summary)}</p>
          {study.contentNote && <p className="notice warn">{bi(study.contentNote)}</p>}
          <h2>{t('scenarioHeading')}</h2>
          {bi(study.scenario)
            .split(/\n\s*\n/)
            .map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          {study.prompts.length > 0 && (
            <>
              <h2>{t('promptsHeading')}</h2>
              <ul>
                {study.prompts.map((p, i) => (
                  <li key={i}>{bi(p)}</li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('templatesHeading')}</h2>
          <ul>
            {study.templates.map((id) => (
              <li key={id}>{templateTitle(id)}</li>
            ))}
          </ul>
          {study.source && <p className="muted small">{t('sourceLine', { source: study.source })}</p>}
        </article>
      )}
    </section>
  )
}
