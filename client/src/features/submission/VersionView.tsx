import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubmittedResult } from '../../../../cases/contracts/http'
import { findTemplate } from '../../../../cases/templates'
import type { FieldDef, FieldJson, SectionDef } from '../../../../cases/templates/types'
import { isDrawnOnly, withCentreName } from '../../ecomap/drawnFields'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { itemNames, valueText, type ValueWords } from '../print/valueText'

// The drawing loads only when a version with an ecomap is opened, so the workspace's first load stays light.
const EcomapFigure = lazy(() => import('../../ecomap/EcomapFigure'))

/** A section's or item's field values as the export stores them (the guard checks only the object shape). */
type Values = Record<string, FieldJson>
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v)

interface Words extends ValueWords {
  names: Map<string, string>
}

function Fields({ fields, values, words }: { fields: FieldDef[]; values: Values; words: Words }) {
  const bi = useBilingual()
  return (
    <dl className="version-fields">
      {fields.map((field) => (
        <div key={field.key}>
          <dt>{bi(field.label)}</dt>
          <dd>{valueText(field, values[field.key], words, words.names)}</dd>
        </div>
      ))}
    </dl>
  )
}

function Section({
  templateId,
  section,
  value,
  words,
}: {
  templateId: string
  section: SectionDef
  value: unknown
  words: Words
}) {
  const bi = useBilingual()
  const items = Array.isArray(value) ? value.filter(isValues) : []
  const itemFields = (section.collection?.itemFields ?? []).filter(
    (f) => !isDrawnOnly(templateId, section.key, f.key),
  )
  return (
    <section>
      <h4>{bi(section.title)}</h4>
      {section.collection ? (
        items.length ? (
          <ol>
            {items.map((item, i) => (
              <li key={typeof item.id === 'string' ? item.id : i}>
                <Fields fields={itemFields} values={item} words={words} />
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

/** A stored version read-only, laid out by the template definitions; the ecomap drawn beside its list. */
export function VersionView({ result }: { result: SubmittedResult }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const lang = useLang()
  return (
    <div className="version-view" data-testid="version-view">
      <h3>{t('submission.versionTitle', { version: result.version })}</h3>
      {Object.entries(result.templates).map(([templateId, sections]) => {
        const template = findTemplate(templateId)
        if (!template || !isValues(sections)) return null
        const words: Words = {
          empty: t('submission.empty'),
          yes: t('submission.yes'),
          no: t('submission.no'),
          pick: bi,
          names: withCentreName(itemNames(template, sections), sections, t('submission.centre')),
        }
        const list = template.sections.map((section) => (
          <Section
            key={section.key}
            templateId={templateId}
            section={section}
            value={sections[section.key]}
            words={words}
          />
        ))
        return (
          <article key={templateId}>
            <h3>{bi(template.title)}</h3>
            {templateId === 'ecomap' ? (
              <div className="ecomap-with-list">
                <Suspense fallback={<p className="muted">{t('submission.drawingLoading')}</p>}>
                  <EcomapFigure value={sections} lang={lang} />
                </Suspense>
                <div>{list}</div>
              </div>
            ) : (
              list
            )}
          </article>
        )
      })}
    </div>
  )
}
