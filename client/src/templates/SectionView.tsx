import type * as Y from 'yjs'
import type { SectionDef } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { CollectionView } from './CollectionView'
import { FieldView } from './FieldView'
import { useYMapChild } from './useYMapValue'
import { inBrackets } from './citation'

interface Props {
  templateId: string
  root: Y.Map<unknown>
  section: SectionDef
}

/** A template section: its title, help and citation, then every field or, for a collection, its items. */
export function SectionView({ templateId, root, section }: Props) {
  const bi = useBilingual()
  const map = useYMapChild(root, section.key)
  return (
    <section className="form-section" aria-labelledby={`${templateId}-${section.key}`}>
      <h3 id={`${templateId}-${section.key}`}>{bi(section.title)}</h3>
      {(section.help || section.citation) && (
        <p className="help">
          {bi(section.help)}
          {section.citation && <span className="cite"> {inBrackets(section.citation)}</span>}
        </p>
      )}
      {map && section.collection && (
        <CollectionView
          templateId={templateId}
          sectionKey={section.key}
          map={map}
          collection={section.collection}
        />
      )}
      {map &&
        !section.collection &&
        section.fields.map((field) => (
          <FieldView
            key={field.key}
            templateId={templateId}
            sectionKey={section.key}
            section={map}
            field={field}
          />
        ))}
    </section>
  )
}
