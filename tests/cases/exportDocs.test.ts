import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMAT } from '../../cases/export/envelope'
import { EXPORT_SCHEMA_ID, EXPORT_SCHEMA_PATH } from '../../cases/export/schema'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import {
  REFERENCE_BEGIN,
  templateReferenceMarkdown,
  withTemplateReference,
} from '../../cases/export/reference'
import { TEMPLATES } from '../../cases/templates/index'
import { templateFieldCount } from '../../cases/ydoc/read'

/** A markdown table row starting with this key and kind, whatever padding the formatter added. */
const tableRow = (key: string, kind: string) => new RegExp(`\\|\\s*\`${key}\`\\s*\\|\\s*${kind}\\s*\\|`)

const readDoc = () => readFile(new URL('../../docs/export.md', import.meta.url), 'utf8')

describe('docs/export.md', () => {
  it('names the format, the schema file and its $id', async () => {
    const doc = await readDoc()
    expect(doc).toContain(EXPORT_FORMAT)
    expect(doc).toContain(EXPORT_SCHEMA_PATH)
    expect(doc).toContain(EXPORT_SCHEMA_ID)
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'documents every section, field and option value of %s (regenerate: npx tsx scripts/write-export-schema.ts)',
    async (_id, template) => {
      const doc = await readDoc()
      expect(doc).toContain(`## \`templates.${template.id}\``)
      for (const section of template.sections) {
        expect(doc, section.key).toContain(`### Section \`${section.key}\``)
        for (const field of section.collection?.itemFields ?? section.fields) {
          expect(doc, `${section.key}.${field.key}`).toMatch(tableRow(field.key, field.kind))
          if (field.kind === 'choice' || field.kind === 'multiChoice') {
            for (const o of field.options) expect(doc, `${field.key}: ${o.value}`).toContain(`\`${o.value}\``)
          }
        }
        if (section.collection)
          expect(doc).toContain(`\`templates.${template.id}.${section.key}\` is an array`)
      }
      expect(doc).toContain(`${templateFieldCount(template)} fields (version ${template.version})`)
    },
  )

  it('holds the template reference exactly as the definitions generate it', async () => {
    const file = fileURLToPath(new URL('../../docs/export.md', import.meta.url))
    const doc = await readDoc()
    const options = (await resolveConfig(file)) ?? {}
    const regenerated = await format(withTemplateReference(doc, templateReferenceMarkdown(TEMPLATES)), {
      ...options,
      filepath: file,
    })
    expect(doc).toContain(REFERENCE_BEGIN)
    expect(doc).toBe(regenerated)
  })

  it('documents the field kinds, collections and their ordering rule', async () => {
    const doc = await readDoc()
    for (const kind of ['text', 'string', 'choice', 'multiChoice', 'boolean', 'number', 'date']) {
      expect(doc, kind).toMatch(new RegExp(`\\|\\s*\`${kind}\`\\s*\\|`))
    }
    expect(doc).toContain('### Collections')
    expect(doc).toMatch(/ordered by `id`/)
  })
})
