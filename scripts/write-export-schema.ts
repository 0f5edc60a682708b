/**
 * Regenerate the published JSON Schema of the export, and the template reference in docs/export.md, from the
 * template definitions:
 *   npx tsx scripts/write-export-schema.ts
 * Run it after changing a template; tests/cases/exportSchema.test.ts and exportDocs.test.ts fail until both match.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { templateReferenceMarkdown, withTemplateReference } from '../cases/export/reference'
import { EXPORT_SCHEMA_PATH, exportSchemaText } from '../cases/export/schema'
import { TEMPLATES } from '../cases/templates/index'

const schemaFile = fileURLToPath(new URL(`../${EXPORT_SCHEMA_PATH}`, import.meta.url))
await writeFile(schemaFile, exportSchemaText())
console.log(`Wrote ${EXPORT_SCHEMA_PATH}`)

const docsFile = fileURLToPath(new URL('../docs/export.md', import.meta.url))
const doc = withTemplateReference(await readFile(docsFile, 'utf8'), templateReferenceMarkdown(TEMPLATES))
const options = (await resolveConfig(docsFile)) ?? {}
await writeFile(docsFile, await format(doc, { ...options, filepath: docsFile }))
console.log('Wrote the template reference in docs/export.md')
