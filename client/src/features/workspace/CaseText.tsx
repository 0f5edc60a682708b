import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'

const WIDE = '(min-width: 900px)'

/** The case the team analyses, in the current language; collapsible, and collapsed on phones. */
export function CaseText({ caseStudy }: { caseStudy: CaseDetail }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const [open, setOpen] = useState(() => window.matchMedia(WIDE).matches)
  const paragraphs = bi(caseStudy.scenario).split(/\n\s*\n/)

  return (
    <details className="case-text" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('workspace.case')}
        <span className="case-text-title">: {bi(caseStudy.title)}</span>
      </summary>
      {caseStudy.contentNote && <p className="notice">{bi(caseStudy.contentNote)}</p>}
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {caseStudy.prompts.length > 0 && (
        <>
          <h3>{t('workspace.prompts')}</h3>
          <ul>
            {caseStudy.prompts.map((p, i) => (
              <li key={i}>{bi(p)}</li>
            ))}
          </ul>
        </>
      )}
      {caseStudy.source && (
        <p className="muted small">{t('workspace.caseSource', { source: caseStudy.source })}</p>
      )}
    </details>
  )
}
