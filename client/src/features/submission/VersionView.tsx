import { useTranslation } from 'react-i18next'
import type { SubmittedResult } from '../../../../cases/contracts/http'
import { findTemplate } from '../../../../cases/templates'
import type { FieldDef, FieldJson, SectionDef } from '../../../../cases/templates/types'
import { useBilingual } from '../../i18n/useBilingual'
import { valueText, type ValueWords } from '../print/valueText'

/** A section's or item's field values as the export stores them (the guard checks only the object shape). */
type Values = Record<string, FieldJson>
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v)

function Fields({ fields, values, words }: { fields: FieldDef[]; values: Values; words: ValueWords }) {
  const bi = useBilingual()
  return (
    <dl className="version-fields">
      {fields.map((field) => (
        <div key={field.key}>
          <dt>{bi(field.label)}</dt>
          <dd>{valueText(field, values[field.key], words)}</dd>
        </div>
      ))}
    </dl>
  )
}

function Section({ section, value, words }: { section: SectionDef; value: unknown; words: ValueWords }) {
  const bi = useBilingual()
  const items = Array.isArray(value) ? value.filter(isValues) : []
  return (
    <section>
      <h4>{bi(section.title)}</h4>
      {section.collection ? (
        items.length ? (
          <ol>
            {items.map((item, i) => (
              <li key={typeof item.id === 'string' ? item.id : i}>
                <Fields fields={section.collection?.itemFields ?? []} values={item} words={words} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{words.empty}</p>
        )
      ) : (
        <Fields fields={section.fields} values={isValues(value) ? value : {}} words={words} />
      )}
    </section>
  )
}

/** A stored version as read-only text, laid out by the template definitions. */
export function VersionView({ result }: { result: SubmittedResult }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const words = { empty: t('submission.empty'), yes: t('submission.yes'), no: t('submission.no'), pick: bi }
  return (
    <div className="version-view" data-testid="version-view">
      <h3>{t('submission.versionTitle', { version: result.version })}</h3>
      {Object.entries(result.templates).map(([templateId, sections]) => {
        const template = findTemplate(templateId)
        if (!template || !isValues(sections)) return null
        return (
          <article key={templateId}>
            <h3>{bi(template.title)}</h3>
            {template.sections.map((section) => (
              <Section key={section.key} section={section} value={sections[section.key]} words={words} />
            ))}
          </article>
        )
      })}
    </div>
  )
}
