import type { CommentAnchor } from '../../../../cases/contracts/comments'
import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { findTemplate } from '../../../../cases/templates'

/** "Template › Section › Field" of an anchor, from the template definitions (keys where one is unknown). */
export function anchorText(anchor: CommentAnchor, bi: (text: Bilingual | undefined) => string): string {
  const template = findTemplate(anchor.templateId)
  if (!template) return anchor.templateId
  const [sectionKey, second, third] = anchor.path
  const section = template.sections.find((s) => s.key === sectionKey)
  const parts = [bi(template.title), section ? bi(section.title) : sectionKey]
  const fields = section?.collection ? section.collection.itemFields : (section?.fields ?? [])
  const fieldKey = section?.collection ? third : second
  if (fieldKey) {
    const field = fields.find((f) => f.key === fieldKey)
    parts.push(field ? bi(field.label) : fieldKey)
  }
  return parts.join(' › ')
}

/** The DOM path of an anchor's field ("templateId.sectionKey.fieldKey"), as the form renders it. */
export function anchorFieldPath(anchor: CommentAnchor): string {
  return [anchor.templateId, ...anchor.path].join('.')
}
