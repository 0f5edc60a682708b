import * as Y from 'yjs'
import { bi } from '../../cases/i18n/bilingual'
import type { FieldDef, FieldJson, TemplateDef } from '../../cases/templates/types'
import { insertItem } from '../../cases/ydoc/collections'
import type { ExportCase, ExportTeam, ExportWorkspace } from '../../cases/export/envelope'

/** A template holding one field of every kind, so the schema is checked for kinds fiveC does not use. */
export const EVERY_KIND: TemplateDef = {
  id: 'everyKind',
  version: 1,
  title: bi('Semua jenis', 'Every kind'),
  summary: bi('Satu isian untuk setiap jenis.', 'One field of each kind.'),
  citation: 'test',
  sections: [
    {
      key: 'all',
      title: bi('Semua', 'All'),
      fields: [
        { key: 'story', kind: 'text', multiline: true, label: bi('Cerita', 'Story') },
        {
          key: 'stage',
          kind: 'choice',
          label: bi('Tahap', 'Stage'),
          options: [
            { value: 'forming', label: bi('Forming', 'Forming') },
            { value: 'norming', label: bi('Norming', 'Norming') },
          ],
        },
        {
          key: 'levels',
          kind: 'multiChoice',
          label: bi('Tingkat', 'Levels'),
          options: [
            { value: 'group', label: bi('Kelompok', 'Group') },
            { value: 'community', label: bi('Komunitas', 'Community') },
          ],
        },
        { key: 'agreed', kind: 'boolean', label: bi('Sepakat', 'Agreed') },
        { key: 'sessions', kind: 'number', min: 0, max: 50, label: bi('Sesi', 'Sessions') },
        { key: 'meetingDate', kind: 'date', label: bi('Tanggal', 'Date') },
        { key: 'who', kind: 'string', maxLength: 80, label: bi('Siapa', 'Who') },
      ],
    },
    {
      key: 'things',
      title: bi('Daftar', 'List'),
      fields: [],
      collection: {
        itemLabel: bi('Butir', 'Item'),
        defaults: [{ label: 'Bawaan', size: 3 }],
        itemFields: [
          { key: 'label', kind: 'string', label: bi('Nama', 'Name') },
          { key: 'note', kind: 'text', multiline: false, label: bi('Catatan', 'Note') },
          {
            key: 'tags',
            kind: 'multiChoice',
            label: bi('Tanda', 'Tags'),
            options: [
              { value: 'red', label: bi('Merah', 'Red') },
              { value: 'blue', label: bi('Biru', 'Blue') },
            ],
          },
          { key: 'size', kind: 'number', label: bi('Ukuran', 'Size') },
          { key: 'done', kind: 'boolean', label: bi('Selesai', 'Done') },
        ],
      },
    },
  ],
}

/** Envelope metadata as the server would pass it to buildExport. */
export function exportMeta(templates: string[]): {
  workspace: ExportWorkspace
  case: ExportCase
  team: ExportTeam
  now: Date
} {
  return {
    workspace: {
      id: 'ws-1',
      assignmentId: 'as-1',
      title: bi('Tugas 1', 'Assignment 1'),
      classId: 'cl-1',
      className: 'Metode Kelompok A',
      templates,
      dueAt: null,
      createdAt: '2026-11-01T08:00:00.000Z',
    },
    case: { id: 'inclusive-school', title: bi('J', 'T'), summary: bi('R', 'S'), scenario: bi('S', 'S') },
    team: { id: 'tm-1', name: 'Tim Melati', members: [{ id: 'st-1', name: 'Ayu' }] },
    now: new Date('2026-11-02T09:30:00.000Z'),
  }
}

/** A section of a template as the server created it. */
export function section(doc: Y.Doc, templateId: string, key: string): Y.Map<unknown> {
  const map = doc.getMap<unknown>(templateId).get(key)
  if (!(map instanceof Y.Map)) throw new Error(`missing section ${templateId}.${key}`)
  return map as Y.Map<unknown>
}

/** Put some text into a Y.Text field. */
export function typeInto(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
  fieldKey: string,
  text: string,
): void {
  const field = section(doc, templateId, sectionKey).get(fieldKey)
  if (!(field instanceof Y.Text)) throw new Error(`${fieldKey} is not a Y.Text`)
  field.insert(0, text)
}

/** Tick options of a multiple-choice field. */
export function tick(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
  fieldKey: string,
  values: string[],
): void {
  const field = section(doc, templateId, sectionKey).get(fieldKey)
  if (!(field instanceof Y.Map)) throw new Error(`${fieldKey} is not a Y.Map`)
  for (const value of values) field.set(value, true)
}

/** A valid, non-empty JSON value for a field, as a team filling it in would give. */
export function sampleValue(field: FieldDef): FieldJson {
  switch (field.kind) {
    case 'text':
    case 'string':
      return `${field.label.id}: diisi.`
    case 'choice':
      return field.options[field.options.length - 1]?.value ?? null
    case 'multiChoice':
      return field.options.map((o) => o.value)
    case 'boolean':
      return true
    case 'number':
      return field.min ?? 1
    case 'date':
      return '2026-11-02'
    default: {
      const unhandled: never = field
      throw new Error(`sampleValue: unhandled field ${JSON.stringify(unhandled)}`)
    }
  }
}

/** Set one field of a section (or item) map to a JSON value, through the Y type its kind uses. */
export function setField(map: Y.Map<unknown>, field: FieldDef, value: FieldJson): void {
  const current = map.get(field.key)
  if (field.kind === 'text') {
    if (!(current instanceof Y.Text)) throw new Error(`${field.key} is not a Y.Text`)
    current.insert(current.length, String(value))
  } else if (field.kind === 'multiChoice') {
    if (!(current instanceof Y.Map)) throw new Error(`${field.key} is not a Y.Map`)
    for (const v of Array.isArray(value) ? value : []) current.set(v, true)
  } else {
    map.set(field.key, value)
  }
}

/** Give every field of a template a valid value, and add one filled item to every collection. */
export function fillEveryField(doc: Y.Doc, template: TemplateDef): void {
  for (const s of template.sections) {
    const map = section(doc, template.id, s.key)
    if (s.collection) {
      const values = Object.fromEntries(s.collection.itemFields.map((f) => [f.key, sampleValue(f)]))
      insertItem(map, s.collection.itemFields, values)
      continue
    }
    for (const field of s.fields) setField(map, field, sampleValue(field))
  }
}
