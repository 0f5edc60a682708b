import type { Completion } from '../../../../cases/ydoc/read'
import type { FieldJson, SectionDef, TemplateDef } from '../../../../cases/templates/types'
import { isDrawnOnly, withCentreName } from '../../ecomap/drawnFields'
import { EcomapStatic } from '../../ecomap/EcomapStatic'
import { useEcomapT } from '../../ecomap/i18n'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { usePrintT } from './i18n'
import { itemNames, valueText, type ValueWords } from './valueText'

interface Props {
  template: TemplateDef
  /** `templates[template.id]` of the export. */
  content: unknown
  completion: Completion | undefined
}

/** One template printed: its title and completion, every section and field as text, the ecomap drawn. */
export function PrintTemplate({ template, content, completion }: Props) {
  const t = usePrintT()
  const pick = useBilingual()
  const lang = useLang()
  const words: ValueWords = { empty: t('empty'), yes: t('yes'), no: t('no'), pick }
  const names = withCentreName(itemNames(template, content), content, useEcomapT(lang)('centre'))
  const sections = content && typeof content === 'object' ? (content as Record<string, unknown>) : {}
  return (
    <section className="print-template" data-print-template={template.id}>
      <h2>{pick(template.title)}</h2>
      {completion && (
        <p className="print-completion">
          {t('completion', { filled: completion.filled, total: completion.total })}
        </p>
      )}
      {template.id === 'ecomap' && (
        <figure className="print-ecomap">
          <EcomapStatic value={content} lang={lang} className="print-ecomap-svg" />
          <figcaption className="print-muted">{t('ecomapDrawing')}</figcaption>
        </figure>
      )}
      {template.sections.map((section) => (
        <PrintSection
          key={section.key}
          templateId={template.id}
          section={section}
          value={sections[section.key]}
          render={(field, value) => valueText(field, value, words, names)}
          noItems={t('noItems')}
        />
      ))}
    </section>
  )
}

interface SectionProps {
  templateId: string
  section: SectionDef
  value: unknown
  render(field: SectionDef['fields'][number], value: FieldJson | undefined): string
  noItems: string
}

/** A section: its fields as a definition list, or its collection as a table (one row per item). */
function PrintSection({ templateId, section, value, render, noItems }: SectionProps) {
  const pick = useBilingual()
  if (section.collection) {
    const items = Array.isArray(value) ? (value as Record<string, FieldJson>[]) : []
    // The drawing above shows where each system sits; its coordinates are left out of the table.
    const fields = section.collection.itemFields.filter((f) => !isDrawnOnly(templateId, section.key, f.key))
    return (
      <div className="print-section">
        <h3>{pick(section.title)}</h3>
        {items.length === 0 ? (
          <p className="print-muted">{noItems}</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                {fields.map((f) => (
                  <th key={f.key} scope="col">
                    {pick(f.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={String(item.id ?? i)}>
                  <td>{i + 1}</td>
                  {fields.map((f) => (
                    <td key={f.key}>{render(f, item[f.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    )
  }
  const fields = value && typeof value === 'object' ? (value as Record<string, FieldJson>) : {}
  return (
    <div className="print-section">
      <h3>{pick(section.title)}</h3>
      <dl>
        {section.fields.map((field) => (
          <div key={field.key} className="print-field" data-print-field={`${section.key}.${field.key}`}>
            <dt>{pick(field.label)}</dt>
            <dd>{render(field, fields[field.key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
