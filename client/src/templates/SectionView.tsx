import type * as Y from 'yjs'
import type { SectionDef } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { FieldView } from './FieldView'
import { useYMapChild } from './useYMapValue'

interface Props {
  templateId: string
  root: Y.Map<unknown>
  section: SectionDef
}

/** A template section: its title and help, then every field (once the server's structure is here). */
export function SectionView({ templateId, root, section }: Props) {
  const bi = useBilingual()
  const map = useYMapChild(root, section.key)
  return (
    <section className="form-section" aria-labelledby={`${templateId}-${section.key}`}>
      <h3 id={`${templateId}-${section.key}`}>{bi(section.title)}</h3>
      {section.help && <p className="help">{bi(section.help)}</p>}
      {map &&
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
