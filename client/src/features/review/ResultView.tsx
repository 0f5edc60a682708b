import type { CommentAnchor } from '../../../../cases/contracts/comments'
import type { AnalysisExport } from '../../../../cases/export/envelope'
import { findTemplate } from '../../../../cases/templates'
import type { FieldDef, FieldJson, SectionDef, TemplateDef } from '../../../../cases/templates/types'
import { isDrawnOnly, withCentreName } from '../../ecomap/drawnFields'
import { EcomapFigure } from '../../ecomap/EcomapFigure'
import { useEcomapT } from '../../ecomap/i18n'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { itemNames, valueText, type ValueWords } from '../print/valueText'
import { useReviewT } from './i18n'

/** A place to comment on, with the label shown in the comment form. */
export interface CommentTarget {
  anchor: CommentAnchor
  label: string
}

interface Props {
  result: Pick<AnalysisExport, 'templates' | 'completion'>
  templateIds: string[]
  /** Open threads per anchor key (see anchorKey). */
  openCounts: Map<string, number>
  onComment(target: CommentTarget): void
}

/** The key a field or collection item is counted under: template, section and field or item id. */
export function anchorKey(templateId: string, path: readonly string[]): string {
  return [templateId, ...path.slice(0, 2)].join('/')
}

/**
 * The analysis rendered read-only from its export JSON, with a comment button per field; the ecomap is drawn, with
 * its list beside the drawing (systems and ties by name, never by coordinate or id).
 */
export function ResultView({ result, templateIds, openCounts, onComment }: Props) {
  const t = useReviewT()
  const pick = useBilingual()
  const lang = useLang()
  const ecomapT = useEcomapT(lang)
  const words: ValueWords = { empty: t('emptyValue'), yes: t('yes'), no: t('no'), pick }
  return (
    <div className="review-result">
      {templateIds.map((id) => {
        const template = findTemplate(id)
        if (!template) return null
        const content = result.templates[id] as Record<string, unknown> | undefined
        const names = withCentreName(itemNames(template, content), content, ecomapT('centre'))
        const done = result.completion[id]
        const sections = template.sections.map((section) => (
          <SectionView
            key={section.key}
            template={template}
            section={section}
            value={content?.[section.key]}
            render={(field, value) => valueText(field, value, words, names)}
            openCounts={openCounts}
            onComment={onComment}
          />
        ))
        return (
          <section key={id} className="panel review-template">
            <h2>
              {pick(template.title)}
              {done && (
                <span className="muted small">
                  {' '}
                  · {t('completion', { filled: done.filled, total: done.total })}
                </span>
              )}
            </h2>
            {id === 'ecomap' ? (
              <div className="ecomap-with-list">
                <EcomapFigure value={content} lang={lang} />
                <div>{sections}</div>
              </div>
            ) : (
              sections
            )}
          </section>
        )
      })}
    </div>
  )
}

interface SectionProps {
  template: TemplateDef
  section: SectionDef
  value: unknown
  render(field: FieldDef, value: FieldJson | undefined): string
  openCounts: Map<string, number>
  onComment(target: CommentTarget): void
}

function SectionView({ template, section, value, render, openCounts, onComment }: SectionProps) {
  const t = useReviewT()
  const pick = useBilingual()
  const title = pick(section.title)
  if (section.collection) {
    const items = Array.isArray(value) ? (value as Record<string, FieldJson>[]) : []
    const itemLabel = pick(section.collection.itemLabel)
    return (
      <div className="review-section">
        <h3>{title}</h3>
        {items.length === 0 && <p className="muted">{t('noItems')}</p>}
        <ol className="review-items">
          {items.map((item, i) => {
            const itemId = String(item.id)
            const label = t('itemNumber', { label: itemLabel, n: i + 1 })
            return (
              <li key={itemId}>
                <FieldHead
                  label={label}
                  count={openCounts.get(anchorKey(template.id, [section.key, itemId])) ?? 0}
                  onComment={() =>
                    onComment({
                      anchor: { templateId: template.id, path: [section.key, itemId], itemId },
                      label: `${title}: ${label}`,
                    })
                  }
                />
                <dl>
                  {section.collection?.itemFields
                    .filter((field) => !isDrawnOnly(template.id, section.key, field.key))
                    .map((field) => (
                      <div key={field.key} className="review-field">
                        <dt>{pick(field.label)}</dt>
                        <dd>{render(field, item[field.key])}</dd>
                      </div>
                    ))}
                </dl>
              </li>
            )
          })}
        </ol>
      </div>
    )
  }
  const fields = (value ?? {}) as Record<string, FieldJson>
  return (
    <div className="review-section">
      <h3>{title}</h3>
      <dl>
        {section.fields.map((field) => {
          const label = pick(field.label)
          return (
            <div
              key={field.key}
              className="review-field"
              data-review-field={`${template.id}.${section.key}.${field.key}`}
            >
              <dt>
                <FieldHead
                  label={label}
                  count={openCounts.get(anchorKey(template.id, [section.key, field.key])) ?? 0}
                  onComment={() =>
                    onComment({ anchor: { templateId: template.id, path: [section.key, field.key] }, label })
                  }
                />
              </dt>
              <dd>{render(field, fields[field.key])}</dd>
            </div>
          )
        })}
      </dl>
    </div>
  )
}

function FieldHead({ label, count, onComment }: { label: string; count: number; onComment(): void }) {
  const t = useReviewT()
  return (
    <span className="review-field-head">
      <span>{label}</span>{' '}
      <button
        type="button"
        className="link small"
        aria-label={t('commentOnFieldLabel', { field: label })}
        onClick={onComment}
      >
        {t('commentOnField')}
      </button>
      {count > 0 && <span className="review-badge"> {t('commentCount', { count })}</span>}
    </span>
  )
}
