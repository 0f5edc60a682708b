import * as random from 'lib0/random'
import * as Y from 'yjs'
import type { FieldDef, SectionDef, TemplateDef } from '../templates/types'
import { buildItem, missingSharedType } from './collections'
import { retireOldStructure } from './retire'

/** Transaction origin the server uses when it creates or upgrades a workspace's structure. */
export const STRUCTURE_ORIGIN = 'ruang-kasus:structure'

/** Initial value of a field that does not exist yet in the document. */
function initialValue(field: FieldDef): Y.Text | Y.Map<boolean> | null {
  return missingSharedType(field) ?? null
}

/** Add the fields a plain section lacks. Returns true when something was added. */
function ensureFields(map: Y.Map<unknown>, fields: readonly FieldDef[]): boolean {
  let changed = false
  for (const field of fields) {
    if (map.has(field.key)) continue
    map.set(field.key, initialValue(field))
    changed = true
  }
  return changed
}

/**
 * Give the items of a collection the Y.Text / Y.Map item fields they lack (items stored before a template version
 * added them). Plain-valued item fields read as empty when missing, so they are left alone.
 */
function upgradeItems(map: Y.Map<unknown>, fields: readonly FieldDef[]): boolean {
  let changed = false
  for (const item of map.values()) {
    if (!(item instanceof Y.Map)) continue
    for (const field of fields) {
      if (item.has(field.key)) continue
      const shared = missingSharedType(field)
      if (!shared) continue
      item.set(field.key, shared)
      changed = true
    }
  }
  return changed
}

/** Create or upgrade one section. Returns true when something was added. */
function ensureSection(root: Y.Map<unknown>, section: SectionDef): boolean {
  const existing = root.get(section.key)
  if (existing instanceof Y.Map) {
    const map = existing as Y.Map<unknown>
    return section.collection
      ? upgradeItems(map, section.collection.itemFields)
      : ensureFields(map, section.fields)
  }
  const map = new Y.Map<unknown>()
  root.set(section.key, map)
  if (section.collection) {
    // Defaults go in only now, when the section is first made: items people delete later stay deleted.
    const { itemFields, defaults = [] } = section.collection
    defaults.forEach((values, i) => map.set(random.uuidv4(), buildItem(itemFields, values, i + 1)))
  } else {
    ensureFields(map, section.fields)
  }
  return true
}

/**
 * Create every section and field of a template that the document lacks, and carry over the fields and options an
 * older version had that this one retired (their content moves into a note, their choices to the option that
 * replaced them: see cases/ydoc/retire.ts). Run only on the server: when a workspace is made, and on load for
 * workspaces stored under an older template version, before anyone syncs. Idempotent: returns true only when
 * something changed.
 */
export function ensureTemplateStructure(doc: Y.Doc, template: TemplateDef): boolean {
  let changed = false
  doc.transact(() => {
    const root = doc.getMap<unknown>(template.id)
    for (const section of template.sections) changed = ensureSection(root, section) || changed
    changed = retireOldStructure(root, template) || changed
  }, STRUCTURE_ORIGIN)
  return changed
}

/** Create the structure of every template a workspace uses. Returns true when something was added. */
export function ensureWorkspaceStructure(doc: Y.Doc, templates: readonly TemplateDef[]): boolean {
  let changed = false
  for (const template of templates) changed = ensureTemplateStructure(doc, template) || changed
  return changed
}
