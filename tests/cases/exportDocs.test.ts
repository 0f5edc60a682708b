import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMAT } from '../../cases/export/envelope'
import { EXPORT_SCHEMA_ID, EXPORT_SCHEMA_PATH } from '../../cases/export/schema'
import { getTemplate } from '../../cases/templates/index'

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

  it('documents every section, field and option value of the 5 C template (update the table when they change)', async () => {
    const doc = await readDoc()
    const fiveC = getTemplate('fiveC')
    for (const section of fiveC.sections) {
      expect(doc, section.key).toContain(`### Section \`${section.key}\``)
      for (const field of section.fields) {
        expect(doc, `${section.key}.${field.key}`).toMatch(tableRow(field.key, field.kind))
        if (field.kind === 'choice' || field.kind === 'multiChoice') {
          for (const o of field.options) expect(doc, `${field.key}: ${o.value}`).toContain(`\`${o.value}\``)
        }
      }
    }
    const total = fiveC.sections.reduce((n, s) => n + s.fields.length, 0)
    expect(doc).toContain(`${total} fields (version ${fiveC.version})`)
  })
})
