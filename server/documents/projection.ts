import type * as Y from 'yjs'
import { getTemplate } from '../../cases/templates'
import { readTemplate } from '../../cases/ydoc/read'

/** The readable JSON projection stored beside a document's state: template id → its content. */
export function projectDocument(doc: Y.Doc, templateIds: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(templateIds.map((id) => [id, readTemplate(doc, getTemplate(id))]))
}
