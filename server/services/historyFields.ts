import * as Y from 'yjs'
import type { TemplateDef, TextField } from '../../cases/templates/types'
import { readField } from '../../cases/ydoc/read'
import { invalid } from './errors'

/**
 * A text field of a workspace's templates: `<templateId>.<sectionKey>.<fieldKey>`, or, in a collection section,
 * `<templateId>.<sectionKey>.<itemId>.<fieldKey>`.
 */
export interface TextFieldRef {
  templateId: string
  sectionKey: string
  /** The collection item, for a field of one. */
  itemId?: string
  field: TextField
}

const HOW = 'must name a text field of this workspace: <templateId>.<sectionKey>[.<itemId>].<fieldKey>'

/** The text field a diff names; 400 naming `field` for anything else. */
export function textField(templates: readonly TemplateDef[], name: string): TextFieldRef {
  const parts = name.split('.')
  const [templateId, sectionKey] = parts
  const section = templates.find((t) => t.id === templateId)?.sections.find((s) => s.key === sectionKey)
  const inItem = section?.collection !== undefined
  const [itemId, fieldKey] = inItem ? [parts[2], parts[3]] : [undefined, parts[2]]
  const fields = section?.collection?.itemFields ?? section?.fields ?? []
  const field = fields.find((f) => f.key === fieldKey)
  const complete = templateId && sectionKey && (!inItem || itemId) && parts.length === (inItem ? 4 : 3)
  if (!complete || !field || field.kind !== 'text') {
    throw invalid('field', HOW)
  }
  return { templateId, sectionKey, itemId: itemId || undefined, field }
}

function mapAt(parent: Y.Map<unknown> | undefined, key: string): Y.Map<unknown> | undefined {
  const value = parent?.get(key)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}

/** The field's text in a document ('' where the field or its item does not exist). */
export function readText(doc: Y.Doc, ref: TextFieldRef): string {
  const section = mapAt(doc.getMap<unknown>(ref.templateId), ref.sectionKey)
  const holder = ref.itemId === undefined ? section : mapAt(section, ref.itemId)
  return readField(holder, ref.field) as string
}
