import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { TEMPLATES } from '../../cases/templates/index'
import type { FieldDef, FieldJson, SectionDef, TemplateDef } from '../../cases/templates/types'
import { addCollectionItem } from '../../cases/ydoc/collections'
import type { CollectionJson, FieldsJson } from '../../cases/ydoc/read'
import { sampleValue, setField } from '../cases/exportFixtures'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'
import { committedSchemaValidator, setupTemplateAssignment, type TemplateAssignment } from './setup'

/** What a test edited in one template: section → field → value, and section → added item id → values. */
interface Edits {
  fields: Record<string, Record<string, FieldJson>>
  items: Record<string, { id: string; values: Record<string, FieldJson> }>
}

const sectionMap = (doc: Y.Doc, template: TemplateDef, section: SectionDef) =>
  doc.getMap<unknown>(template.id).get(section.key) as Y.Map<unknown>

/** The Y type the server must have created for a plain field of this kind. */
function expectCreated(value: unknown, field: FieldDef, where: string): void {
  if (field.kind === 'text') expect(value, where).toBeInstanceOf(Y.Text)
  else if (field.kind === 'multiChoice') expect(value, where).toBeInstanceOf(Y.Map)
  else expect(value, where).toBeNull()
}

/** Edit the first field of each kind the template uses, and add one item to each collection. */
function editOneOfEachKind(doc: Y.Doc, template: TemplateDef): Edits {
  const edits: Edits = { fields: {}, items: {} }
  const seen = new Set<string>()
  for (const section of template.sections) {
    const collection = section.collection
    if (collection) {
      const values = Object.fromEntries(collection.itemFields.map((f) => [f.key, sampleValue(f)]))
      edits.items[section.key] = { id: addCollectionItem(doc, template.id, section.key, values), values }
      continue
    }
    for (const field of section.fields) {
      if (seen.has(field.kind)) continue
      seen.add(field.kind)
      const value = sampleValue(field)
      doc.transact(() => setField(sectionMap(doc, template, section), field, value))
      ;(edits.fields[section.key] ??= {})[field.key] = value
    }
  }
  return edits
}

describe('every template, from definition to export, through the real server and a stock Yjs client', () => {
  let server: TestServer
  let made: TemplateAssignment
  let client: YClient
  const edits = new Map<string, Edits>()

  beforeAll(async () => {
    server = await startTestServer()
    made = await setupTemplateAssignment(
      server.url,
      TEMPLATES.map((t) => t.id),
    )
    const student = made.setup.students[0]![0]!
    client = await connectSynced(server.wsUrl, made.workspaceId, student.token)
  })
  afterAll(async () => {
    client?.destroy()
    await server.dispose()
  })

  it('lists every template with its version at GET /api/templates', async () => {
    const res = await made.setup.lecturer.api.request<{ id: string; version: number }[]>(
      'GET',
      '/api/templates',
    )
    expect(res.status).toBe(200)
    expect(res.body.map((t) => [t.id, t.version])).toEqual(TEMPLATES.map((t) => [t.id, t.version]))
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: the server created every section and field before the client synced',
    (_id, template) => {
      const root = client.doc.getMap<unknown>(template.id)
      for (const section of template.sections) {
        const map = root.get(section.key)
        expect(map, `${template.id}.${section.key}`).toBeInstanceOf(Y.Map)
        for (const field of section.fields) {
          expectCreated(
            (map as Y.Map<unknown>).get(field.key),
            field,
            `${template.id}.${section.key}.${field.key}`,
          )
        }
        const defaults = section.collection?.defaults?.length ?? 0
        if (section.collection) expect((map as Y.Map<unknown>).size, section.key).toBe(defaults)
      }
    },
  )

  it('exports every edit, one field of each kind and a collection item per template, valid against the committed schema', async () => {
    for (const template of TEMPLATES) edits.set(template.id, editOneOfEachKind(client.doc, template))
    const validate = await committedSchemaValidator()
    const student = made.setup.students[0]![0]!

    await vi.waitFor(
      async () => {
        const exported = await student.api.exportWorkspace(made.workspaceId)
        for (const template of TEMPLATES) {
          const content = exported.templates[template.id]
          const edited = edits.get(template.id)!
          for (const [section, fields] of Object.entries(edited.fields)) {
            expect(content?.[section] as FieldsJson, `${template.id}.${section}`).toMatchObject(fields)
          }
          for (const [section, { id, values }] of Object.entries(edited.items)) {
            const items = content?.[section] as CollectionJson
            expect(
              items.find((item) => item.id === id),
              `${template.id}.${section}`,
            ).toEqual({ id, ...values })
          }
        }
      },
      { timeout: 10_000, interval: 100 },
    )

    const exported = await student.api.exportWorkspace(made.workspaceId)
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
    expect(Object.keys(exported.templates)).toEqual(TEMPLATES.map((t) => t.id))
    expect(exported.workspace.templates).toEqual(TEMPLATES.map((t) => t.id))
    for (const template of TEMPLATES) {
      const kinds = new Set(template.sections.flatMap((s) => s.fields.map((f) => f.kind)))
      const collections = template.sections.filter((s) => s.collection).length
      // Each edited kind fills one field; each collection gains an item (ecomap's systems were filled already).
      expect(exported.completion[template.id]?.filled, template.id).toBeGreaterThanOrEqual(
        kinds.size + collections,
      )
    }
  })
})
