import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { TemplateDef } from '../../../../cases/templates/types'
import { emptySections, templateCompletion } from '../../../../cases/ydoc/read'
import { useBilingual } from '../../i18n/useBilingual'

interface Props {
  doc: Y.Doc
  templates: readonly TemplateDef[]
}

/** Completion of each template, with its empty sections named, as the dialog opens (the shared completion count). */
export function CompletionSummary({ doc, templates }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  // Read once when the dialog opens: what the team is about to submit.
  const rows = useMemo(
    () =>
      templates.map((template) => ({
        template,
        ...templateCompletion(doc, template),
        empty: emptySections(doc, template),
      })),
    [doc, templates],
  )
  return (
    <ul className="completion-summary" data-testid="completion-summary">
      {rows.map(({ template, filled, total, empty }) => (
        <li key={template.id}>
          <strong>{bi(template.title)}</strong>: {t('submitCheck.filled', { filled, total })}
          {empty.length > 0 && (
            <span className="warn-text" data-testid={`empty-sections-${template.id}`}>
              {' '}
              {t('submitCheck.emptySections', { sections: empty.map((s) => bi(s.title)).join(', ') })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
