import { findTemplate } from '../templates/index'
import type { FieldDef, FieldJson, RetiredField, RetiredOption, TemplateDef } from '../templates/types'
import { isFilled, type Completion, type SectionJson, type TemplateJson } from '../ydoc/read'
import { appendNote, optionLabel, retiredFieldNote } from '../ydoc/retire'
import { EXPORT_FORMAT, type AnalysisExport } from './envelope'

/** An export of major 1 (`ruang-kasus.analysis/1`), as stored results of earlier app versions hold it. */
export type AnalysisExportV1 = Omit<AnalysisExport, 'format'> & { format: 'ruang-kasus.analysis/1' }

type Fields = Record<string, FieldJson>

const emptyValue = (field: FieldDef): FieldJson =>
  field.kind === 'text' || field.kind === 'string' ? '' : field.kind === 'multiChoice' ? [] : null

/** What a retired field held, as the live upgrade words it; null when it held nothing. */
function describe(field: FieldDef, value: FieldJson | undefined): string | null {
  if (Array.isArray(value)) return value.length ? value.map((v) => optionLabel(field, v)).join('; ') : null
  if (value === null || value === undefined) return null
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak'
  if (typeof value === 'number') return String(value)
  if (field.kind === 'choice') return optionLabel(field, value)
  return value.trim() || null
}

function retireOption(section: Fields, retired: RetiredOption, template: TemplateDef): void {
  const value = section[retired.field]
  if (Array.isArray(value)) {
    if (!value.includes(retired.value)) return
    const chosen = new Set(value.map((v) => (v === retired.value ? retired.into : v)))
    // Keep the definition's option order, as every export does.
    const def = template.sections.flatMap((s) => s.fields).find((f) => f.key === retired.field)
    section[retired.field] =
      def && 'options' in def ? def.options.map((o) => o.value).filter((v) => chosen.has(v)) : [...chosen]
  } else if (value === retired.value) {
    section[retired.field] = retired.into
  }
}

function retireField(section: Fields, retired: RetiredField): void {
  if (!(retired.field.key in section)) return
  const held = describe(retired.field, section[retired.field.key])
  const target = section[retired.noteInto]
  if (held !== null && typeof target === 'string') {
    section[retired.noteInto] = appendNote(target, retiredFieldNote(retired, held))
  }
  delete section[retired.field.key]
}

/** A template's content in today's layout: retired fields and options carried over, new fields added empty. */
function upgradeTemplate(template: TemplateDef, old: TemplateJson): TemplateJson {
  const content = JSON.parse(JSON.stringify(old)) as Record<string, SectionJson>
  for (const section of template.sections) {
    if (section.collection) {
      content[section.key] ??= [] as unknown as SectionJson
      continue
    }
    const fields = (content[section.key] ??= {}) as Fields
    for (const field of section.fields) if (!(field.key in fields)) fields[field.key] = emptyValue(field)
  }
  for (const retired of template.retiredOptions ?? []) {
    const section = content[retired.section]
    if (section && !Array.isArray(section)) retireOption(section as Fields, retired, template)
  }
  for (const retired of template.retiredFields ?? []) {
    const section = content[retired.section]
    if (section && !Array.isArray(section)) retireField(section as Fields, retired)
  }
  return content
}

/** Completion of a template's JSON content, counted as buildExport counts it from a document. */
function completionOf(template: TemplateDef, content: TemplateJson): Completion {
  let filled = 0
  let total = 0
  for (const section of template.sections) {
    const value = content[section.key]
    if (section.collection) {
      total += 1
      if (Array.isArray(value) && value.length > 0) filled += 1
      continue
    }
    for (const field of section.fields) {
      total += 1
      if (value && !Array.isArray(value) && isFilled((value as Fields)[field.key] ?? null)) filled += 1
    }
  }
  return { filled, total }
}

/**
 * Read an export of major 1 as major 2 (docs/export.md, "Reading an `analysis/1` file"): the same carry-over the
 * server applies to a stored workspace when it loads it, so a result submitted before the change and the live
 * workspace read alike. An export already of the current format is returned unchanged.
 */
export function upgradeExport(old: AnalysisExportV1 | AnalysisExport): AnalysisExport {
  if (old.format === EXPORT_FORMAT) return old as AnalysisExport
  const templates: Record<string, TemplateJson> = {}
  const completion: Record<string, Completion> = {}
  for (const [id, content] of Object.entries(old.templates)) {
    const template = findTemplate(id)
    if (!template) throw new Error(`Unknown template in an analysis/1 export: ${id}`)
    templates[id] = upgradeTemplate(template, content)
    completion[id] = completionOf(template, templates[id])
  }
  return { ...old, format: EXPORT_FORMAT, templates, completion }
}
