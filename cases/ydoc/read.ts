import * as Y from 'yjs'
import type { FieldDef, FieldJson, SectionDef, TemplateDef } from '../templates/types'
import { ORDER_KEY } from './collections'
import { isUntouchedDefault } from './defaultItems'

export type { FieldJson } from '../templates/types'

/** A plain section as JSON: field key → value. */
export type FieldsJson = Record<string, FieldJson>

/** One collection item as JSON: its generated `id`, then every item field. */
export type CollectionItemJson = { id: string } & Record<string, FieldJson>

/**
 * A collection section as JSON: its items in order. The string index signature only lets code that reads a plain
 * section's field (`section.notes`) type-check against the `SectionJson` union; an array has no such fields.
 */
export interface CollectionJson extends Array<CollectionItemJson> {
  readonly [key: string]: unknown
}

/** A section as JSON: an object of fields, or an array of items for a collection section. */
export type SectionJson = FieldsJson | CollectionJson

/** A template's content as plain JSON: section key → its fields (or items). */
export type TemplateJson = Record<string, SectionJson>

/** Filled fields out of all fields of a template (a collection section counts as one field). */
export interface Completion {
  filled: number
  total: number
}

/** Read one field from its section (or item) map into the export's JSON type. */
export function readField(section: Y.Map<unknown> | undefined, field: FieldDef): FieldJson {
  const raw = section?.get(field.key)
  switch (field.kind) {
    case 'text':
      return raw instanceof Y.Text ? raw.toString() : ''
    case 'string':
      return typeof raw === 'string' ? raw : ''
    case 'multiChoice': {
      if (!(raw instanceof Y.Map)) return []
      const chosen = new Set([...raw.entries()].filter(([, on]) => on === true).map(([value]) => value))
      return field.options.map((o) => o.value).filter((value) => chosen.has(value))
    }
    case 'choice':
      return typeof raw === 'string' && field.options.some((o) => o.value === raw) ? raw : null
    case 'boolean':
      return typeof raw === 'boolean' ? raw : null
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null
  }
}

/** Whether a field's JSON value counts as filled (see the README's field-kind table). */
export function isFilled(value: FieldJson): boolean {
  if (value === null) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return true
}

function sectionMap(doc: Y.Doc, template: TemplateDef, key: string): Y.Map<unknown> | undefined {
  const section = doc.getMap<unknown>(template.id).get(key)
  return section instanceof Y.Map ? (section as Y.Map<unknown>) : undefined
}

function orderOf(item: Y.Map<unknown>): number {
  const order = item.get(ORDER_KEY)
  return typeof order === 'number' && Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER
}

/** A collection's items as JSON, ordered by their hidden `order`, then by id; anything not a Y.Map is skipped. */
export function readCollection(map: Y.Map<unknown> | undefined, fields: readonly FieldDef[]): CollectionJson {
  const items: [string, Y.Map<unknown>][] = []
  for (const [id, item] of map?.entries() ?? [])
    if (item instanceof Y.Map) items.push([id, item as Y.Map<unknown>])
  items.sort(([a, x], [b, y]) => orderOf(x) - orderOf(y) || (a < b ? -1 : a > b ? 1 : 0))
  const out: CollectionItemJson[] = items.map(([id, item]) => {
    const json: CollectionItemJson = { id }
    for (const field of fields) json[field.key] = readField(item, field)
    return json
  })
  // A plain array at runtime; the interface only widens what code may read from the SectionJson union.
  return out as CollectionJson
}

/** One section as JSON. */
export function readSection(doc: Y.Doc, template: TemplateDef, section: SectionDef): SectionJson {
  const map = sectionMap(doc, template, section.key)
  if (section.collection) return readCollection(map, section.collection.itemFields)
  const fields: FieldsJson = {}
  for (const field of section.fields) fields[field.key] = readField(map, field)
  return fields
}

/** A template's content as plain JSON, in definition order. */
export function readTemplate(doc: Y.Doc, template: TemplateDef): TemplateJson {
  const out: TemplateJson = {}
  for (const section of template.sections) out[section.key] = readSection(doc, template, section)
  return out
}

/** How many "fields" a section counts for in completion: its fields, or 1 for a collection. */
export function sectionFieldCount(section: SectionDef): number {
  return section.collection ? 1 : section.fields.length
}

/** All fields of a template for completion (a collection section counts as one). */
export function templateFieldCount(template: TemplateDef): number {
  return template.sections.reduce((n, s) => n + sectionFieldCount(s), 0)
}

/**
 * How many of a section's fields are filled; a collection section is filled when it has at least one item that is
 * not an untouched default (the six ecomap systems the server puts in are not the team's work until changed).
 */
export function sectionCompletion(doc: Y.Doc, template: TemplateDef, section: SectionDef): Completion {
  const json = readSection(doc, template, section)
  let filled = 0
  if (Array.isArray(json)) {
    const collection = section.collection
    if (collection && json.some((item) => !isUntouchedDefault(item, collection))) filled++
  } else {
    for (const value of Object.values(json)) if (isFilled(value)) filled++
  }
  return { filled, total: sectionFieldCount(section) }
}

/** How many of a template's fields are filled (the sum of its sections' completion). */
export function templateCompletion(doc: Y.Doc, template: TemplateDef): Completion {
  let filled = 0
  for (const section of template.sections) filled += sectionCompletion(doc, template, section).filled
  return { filled, total: templateFieldCount(template) }
}

/** The sections of a template with nothing filled, in definition order. */
export function emptySections(doc: Y.Doc, template: TemplateDef): SectionDef[] {
  return template.sections.filter((section) => sectionCompletion(doc, template, section).filled === 0)
}
