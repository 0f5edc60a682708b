import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { TemplateDef } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { EcomapMount } from './EcomapMount'
import { useFormContext } from './formContext'
import { SectionView } from './SectionView'
import { unbracketed } from './citation'

/** Sections drawn by the ecomap editor instead of the generic form: it is mounted where the first of them stood. */
const ECOMAP_DRAWN = ['systems', 'ties']

/** A template rendered from its definition, reading the document's `doc.getMap(template.id)`. */
export function TemplateForm({ template }: { template: TemplateDef }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { doc } = useFormContext()
  const { pathname } = useLocation()
  // Reading a top-level map creates nothing in the shared document; the server made its content.
  const root = doc.getMap<unknown>(template.id)
  const drawn = template.id === 'ecomap' ? ECOMAP_DRAWN : []
  return (
    <div className="template-form" data-template={template.id}>
      <h2>{bi(template.title)}</h2>
      <p className="muted">
        {bi(template.summary)} <span>({t('form.source', { citation: unbracketed(template.citation) })})</span>{' '}
        <Link to="/glosarium" state={{ from: pathname }}>
          {t('form.glossary')}
        </Link>
      </p>
      {template.sections.map((section) =>
        drawn.includes(section.key) ? (
          section.key === drawn[0] && <EcomapMount key={section.key} />
        ) : (
          <SectionView key={section.key} templateId={template.id} root={root} section={section} />
        ),
      )}
    </div>
  )
}
