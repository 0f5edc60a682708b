import * as Y from 'yjs'
import type { FieldDef, TemplateDef } from '../templates/types'

/** Transaction origin the server uses when it creates or upgrades a workspace's structure. */
export const STRUCTURE_ORIGIN = 'ruang-kasus:structure'

/** Initial value of a field that does not exist yet in the document. */
function initialValue(field: FieldDef): Y.Text | Y.Map<boolean> | null {
  switch (field.kind) {
    case 'text':
      return new Y.Text()
    case 'multiChoice':
      return new Y.Map<boolean>()
    default:
      return null
  }
}

/**
 * Create every section and field of a template that the document lacks. Run only on the server:
 * when a workspace is made, and on load for workspaces stored under an older template version.
 * Returns true when something was added.
 */
export function ensureTemplateStructure(doc: Y.Doc, template: TemplateDef): boolean {
  let changed = false
  doc.transact(() => {
    const root = doc.getMap<Y.Map<unknown>>(template.id)
    for (const section of template.sections) {
      let map = root.get(section.key)
      if (!(map instanceof Y.Map)) {
        map = new Y.Map<unknown>()
        root.set(section.key, map)
        changed = true
      }
      for (const field of section.fields) {
        if (map.has(field.key)) continue
        map.set(field.key, initialValue(field))
        changed = true
      }
    }
  }, STRUCTURE_ORIGIN)
  return changed
}

/** Create the structure of every template a workspace uses. Returns true when something was added. */
export function ensureWorkspaceStructure(doc: Y.Doc, templates: readonly TemplateDef[]): boolean {
  let changed = false
  for (const template of templates) changed = ensureTemplateStructure(doc, template) || changed
  return changed
}
