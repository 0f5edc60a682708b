import * as Y from 'yjs'
import type { FieldDef, TemplateDef } from '../templates/types'

/** A field's value as plain JSON, the way the export carries it. */
export type FieldJson = string | string[] | boolean | number | null

/** A template's content as plain JSON: section key → field key → value. */
export type TemplateJson = Record<string, Record<string, FieldJson>>

/** Filled fields out of all fields of a template. */
export interface Completion {
  filled: number
  total: number
}

/** Read one field from its section map into the export's JSON type. */
export function readField(section: Y.Map<unknown> | undefined, field: FieldDef): FieldJson {
  const raw = section?.get(field.key)
  switch (field.kind) {
    case 'text':
      return raw instanceof Y.Text ? raw.toString() : ''
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

/** A template's content as plain JSON, in definition order. */
export function readTemplate(doc: Y.Doc, template: TemplateDef): TemplateJson {
  const out: TemplateJson = {}
  for (const section of template.sections) {
    const map = sectionMap(doc, template, section.key)
    const fields: Record<string, FieldJson> = {}
    for (const field of section.fields) fields[field.key] = readField(map, field)
    out[section.key] = fields
  }
  return out
}

/** How many of a template's fields are filled. */
export function templateCompletion(doc: Y.Doc, template: TemplateDef): Completion {
  let filled = 0
  let total = 0
  for (const section of template.sections) {
    const map = sectionMap(doc, template, section.key)
    for (const field of section.fields) {
      total++
      if (isFilled(readField(map, field))) filled++
    }
  }
  return { filled, total }
}
