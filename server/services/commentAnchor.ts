import * as Y from 'yjs'
import type { CommentAnchor } from '../../cases/contracts/comments'
import { findTemplate } from '../../cases/templates'
import type { FieldDef } from '../../cases/templates/types'
import { invalid } from './errors'

/** Collection item ids are generated uuids (lib0 `random.uuidv4()`); anything else names no item. */
const ITEM_ID = /^[A-Za-z0-9-]{1,64}$/

/** Decode a base64 `Y.encodeRelativePosition(...)`, or 400 naming the field. */
function checkPosition(field: string, base64: string): void {
  try {
    Y.decodeRelativePosition(new Uint8Array(Buffer.from(base64, 'base64')))
  } catch {
    throw invalid(field, 'is not an encoded Yjs relative position.')
  }
}

/** The field the path names (undefined when it names a section or a collection item as a whole). */
function targetField(anchor: CommentAnchor): FieldDef | undefined {
  const template = findTemplate(anchor.templateId)
  const [sectionKey = '', second, third] = anchor.path
  const section = template?.sections.find((s) => s.key === sectionKey)
  if (!section) throw invalid('anchor.path', `"${sectionKey}" is not a section of ${anchor.templateId}.`)
  if (section.collection) {
    if (anchor.itemId !== undefined && second !== undefined && anchor.itemId !== second) {
      throw invalid('anchor.itemId', 'must be the item the path names.')
    }
    if (second === undefined) return undefined
    if (!ITEM_ID.test(second)) throw invalid('anchor.path', `"${second}" is not an item id.`)
    if (third === undefined) return undefined
    const field = section.collection.itemFields.find((f) => f.key === third)
    if (!field) throw invalid('anchor.path', `"${third}" is not a field of ${sectionKey} items.`)
    return field
  }
  if (anchor.itemId !== undefined) {
    throw invalid('anchor.itemId', 'only items of a collection section (ecomap systems, ties) have ids.')
  }
  if (third !== undefined)
    throw invalid('anchor.path', `${sectionKey} is not a collection; use [section, field].`)
  if (second === undefined) return undefined
  const field = section.fields.find((f) => f.key === second)
  if (!field) throw invalid('anchor.path', `"${second}" is not a field of ${sectionKey}.`)
  return field
}

/**
 * Check an anchor against the workspace's templates and their definitions: the template is one of the
 * assignment's, the path names an existing section/field (or collection item), a range sits in a text field and
 * its positions decode. Throws 400 naming the field.
 */
export function checkAnchor(anchor: CommentAnchor, workspaceTemplates: readonly string[]): void {
  if (!workspaceTemplates.includes(anchor.templateId) || !findTemplate(anchor.templateId)) {
    throw invalid('anchor.templateId', `"${anchor.templateId}" is not a template of this workspace.`)
  }
  const field = targetField(anchor)
  if (!anchor.range) return
  if (field?.kind !== 'text') throw invalid('anchor.range', 'a passage can only be marked in a text field.')
  checkPosition('anchor.range.start', anchor.range.start)
  checkPosition('anchor.range.end', anchor.range.end)
}
