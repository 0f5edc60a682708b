import { useTranslation } from 'react-i18next'
import type { TemplateDef } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { useFormContext } from './formContext'
import { SectionView } from './SectionView'

/** A template rendered from its definition, reading the document's `doc.getMap(template.id)`. */
export function TemplateForm({ template }: { template: TemplateDef }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { doc } = useFormContext()
  // Reading a top-level map creates nothing in the shared document; the server made its content.
  const root = doc.getMap<unknown>(template.id)
  return (
    <div className="template-form">
      <h2>{bi(template.title)}</h2>
      <p className="muted">
        {bi(template.summary)} <span>({t('form.source', { citation: template.citation })})</span>
      </p>
      {template.sections.map((section) => (
        <SectionView key={section.key} templateId={template.id} root={root} section={section} />
      ))}
    </div>
  )
}
