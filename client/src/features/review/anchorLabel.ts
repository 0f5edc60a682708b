import type { CommentAnchor } from '../../../../cases/contracts/comments'
import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { findTemplate } from '../../../../cases/templates'

/** Where a comment points, in words: "Template › Section › Field" from the template definitions. */
export function anchorLabel(anchor: CommentAnchor, pick: (text: Bilingual | undefined) => string): string {
  const template = findTemplate(anchor.templateId)
  if (!template) return anchor.path.join(' › ')
  const parts = [pick(template.title)]
  const [sectionKey, second, third] = anchor.path
  const section = template.sections.find((s) => s.key === sectionKey)
  if (!section) return [...parts, ...anchor.path].join(' › ')
  parts.push(pick(section.title))
  if (section.collection) {
    if (second) parts.push(pick(section.collection.itemLabel))
    const field = section.collection.itemFields.find((f) => f.key === third)
    if (field) parts.push(pick(field.label))
  } else {
    const field = section.fields.find((f) => f.key === second)
    if (field) parts.push(pick(field.label))
  }
  return parts.join(' › ')
}
