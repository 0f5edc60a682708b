import { TEMPLATES } from '../templates/index'
import type { FieldDef, OptionDef, SectionDef, TemplateDef } from '../templates/types'
import { templateFieldCount } from '../ydoc/read'
import { EXPORT_FORMAT } from './envelope'

/** A JSON Schema node, as plain JSON. */
export type JsonSchema = { [key: string]: unknown }

/** The schema's id; it names the export format version, like the file it is published in. */
export const EXPORT_SCHEMA_ID = 'urn:ruang-kasus:schema:analysis:2'

/** Where the generated schema is committed, relative to the repository root. */
export const EXPORT_SCHEMA_PATH = 'cases/export/analysis-2.schema.json'

/**
 * The schema of each format, current and previous, relative to the repository root: a result stored under an older
 * major validates against that major's file, which stays in the repository unchanged.
 */
export const EXPORT_SCHEMA_PATHS: Readonly<Record<string, string>> = {
  'ruang-kasus.analysis/1': 'cases/export/analysis-1.schema.json',
  [EXPORT_FORMAT]: EXPORT_SCHEMA_PATH,
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema'
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'
const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$'

/** `title` and `description` of a schema node, from a definition's English label and help. */
function annotate(title: string, help?: { en: string }, citation?: string): JsonSchema {
  const parts = [help?.en, citation ? `(${citation})` : undefined].filter((p) => p !== undefined)
  return parts.length > 0 ? { title, description: parts.join(' ') } : { title }
}

function optionConsts(options: readonly OptionDef[]): JsonSchema[] {
  return options.map((o) => ({ const: o.value, ...annotate(o.label.en, o.help) }))
}

/** The export's JSON type of one field kind (see cases/ydoc/read.ts, which produces it). */
function fieldValueSchema(field: FieldDef): JsonSchema {
  switch (field.kind) {
    case 'text':
    case 'string':
      return { type: 'string' }
    case 'choice':
      return { anyOf: [...optionConsts(field.options), { type: 'null' }] }
    case 'multiChoice':
      return { type: 'array', uniqueItems: true, items: { anyOf: optionConsts(field.options) } }
    case 'boolean':
      return { type: ['boolean', 'null'] }
    case 'number':
      // The bounds are the form's; the export carries whatever finite number the document holds.
      return { type: ['number', 'null'] }
    case 'date':
      return { type: ['string', 'null'], pattern: DATE_PATTERN }
    default: {
      const unknownKind: never = field
      throw new Error(`No export schema for field kind of ${JSON.stringify(unknownKind)}`)
    }
  }
}

function fieldSchema(field: FieldDef): JsonSchema {
  return { ...annotate(field.label.en, field.help, field.citation), ...fieldValueSchema(field) }
}

/** An object with exactly these fields, all required. */
function fieldsObject(fields: readonly FieldDef[], extra: Record<string, JsonSchema> = {}): JsonSchema {
  const properties = { ...extra, ...Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])) }
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false }
}

function sectionSchema(section: SectionDef): JsonSchema {
  const annotation = annotate(section.title.en, section.help, section.citation)
  if (!section.collection) return { ...annotation, ...fieldsObject(section.fields) }
  const { itemFields, itemLabel } = section.collection
  return {
    ...annotation,
    type: 'array',
    items: {
      title: itemLabel.en,
      ...fieldsObject(itemFields, {
        id: { description: 'The item id, generated when it was added.', type: 'string', minLength: 1 },
      }),
    },
  }
}

function templateSchema(template: TemplateDef): JsonSchema {
  return {
    ...annotate(
      `${template.title.en} (template ${template.id}, version ${template.version})`,
      template.summary,
    ),
    type: 'object',
    properties: Object.fromEntries(template.sections.map((s) => [s.key, sectionSchema(s)])),
    required: template.sections.map((s) => s.key),
    additionalProperties: false,
  }
}

function completionSchema(template: TemplateDef): JsonSchema {
  const total = templateFieldCount(template)
  return {
    title: `Completion of ${template.id}`,
    type: 'object',
    properties: {
      filled: { description: 'Fields that count as filled.', type: 'integer', minimum: 0, maximum: total },
      total: { description: 'All fields of the template; a collection section counts as one.', const: total },
    },
    required: ['filled', 'total'],
    additionalProperties: false,
  }
}

const bilingual: JsonSchema = {
  description: 'Bilingual text, keyed by language code: Bahasa Indonesia (id) and English (en).',
  type: 'object',
  properties: { id: { type: 'string' }, en: { type: 'string' } },
  required: ['id', 'en'],
}

const text = (description: string): JsonSchema => ({ description, type: 'string' })
const bi = (description: string): JsonSchema => ({ description, $ref: '#/$defs/bilingual' })
const dateTime = (description: string): JsonSchema => ({ ...text(description), pattern: DATE_TIME_PATTERN })

function object(description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { description, type: 'object', properties, required: Object.keys(properties) }
}

/** An object schema with properties that may be absent (added after the format was published). */
function withOptional(schema: JsonSchema, optional: Record<string, JsonSchema>): JsonSchema {
  return { ...schema, properties: { ...(schema.properties as Record<string, JsonSchema>), ...optional } }
}

function envelopeProperties(templates: readonly TemplateDef[]): Record<string, JsonSchema> {
  const ids = templates.map((t) => t.id)
  return {
    format: { description: 'The export format and its version.', const: EXPORT_FORMAT },
    workspace: withOptional(
      object('The team workspace the analysis comes from.', {
        id: text('Workspace id.'),
        assignmentId: text('Assignment id.'),
        title: bi('Assignment title.'),
        classId: text('Class id.'),
        className: text('Class name.'),
        templates: {
          description: 'Ids of the templates the assignment uses.',
          type: 'array',
          items: { enum: ids },
        },
        dueAt: { description: 'Due date and time (ISO 8601), or null.', type: ['string', 'null'] },
        createdAt: dateTime('When the workspace was created (ISO 8601).'),
      }),
      {
        instructions: {
          description: "The lecturer's instructions for the assignment, plain text, when given.",
          type: 'object',
          properties: { id: text('In Indonesian.'), en: text('In English.') },
        },
      },
    ),
    case: object('The case text as copied into the assignment.', {
      id: text('Case id.'),
      title: bi('Case title.'),
      summary: bi('Short summary.'),
      scenario: bi('The full scenario; paragraphs separated by blank lines.'),
    }),
    team: object('The team whose analysis this is.', {
      id: text('Team id.'),
      name: text('Team name.'),
      members: {
        description: 'Team members.',
        type: 'array',
        items: object('A member.', { id: text('Member id.'), name: text('Display name.') }),
      },
    }),
    templates: {
      description:
        'The analysis, one entry per template the assignment uses: section key → field key → value; a collection section is an array of items ({id, ...item fields}).',
      type: 'object',
      properties: Object.fromEntries(templates.map((t) => [t.id, templateSchema(t)])),
      additionalProperties: false,
    },
    completion: {
      description: 'Per template: filled fields out of all fields.',
      type: 'object',
      properties: Object.fromEntries(templates.map((t) => [t.id, completionSchema(t)])),
      additionalProperties: false,
    },
    exportedAt: dateTime('When the export was made (ISO 8601, UTC).'),
  }
}

/**
 * The JSON Schema (draft 2020-12) of the analysis export, generated from the template definitions so a field
 * added to a template is described here without a second edit. Every template is optional under `templates`
 * (an export holds only those its assignment uses); within a template every section and field is required.
 */
export function buildExportSchema(templates: readonly TemplateDef[] = TEMPLATES): JsonSchema {
  const properties = envelopeProperties(templates)
  return {
    $schema: DRAFT,
    $id: EXPORT_SCHEMA_ID,
    title: 'Ruang Kasus analysis export',
    description: `A team's case analysis as exported by Ruang Kasus (format ${EXPORT_FORMAT}).`,
    type: 'object',
    properties,
    required: Object.keys(properties),
    $defs: { bilingual },
  }
}

/** The schema as the text of the committed file (2-space JSON and a final newline). */
export function exportSchemaText(templates: readonly TemplateDef[] = TEMPLATES): string {
  return `${JSON.stringify(buildExportSchema(templates), null, 2)}\n`
}
