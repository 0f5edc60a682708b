/**
 * Regenerate the published JSON Schema of the export from the template definitions:
 *   npx tsx scripts/write-export-schema.ts
 * Run it after changing a template; tests/cases/exportSchema.test.ts fails until the file matches.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { EXPORT_SCHEMA_PATH, exportSchemaText } from '../cases/export/schema'

const target = fileURLToPath(new URL(`../${EXPORT_SCHEMA_PATH}`, import.meta.url))
await writeFile(target, exportSchemaText())
console.log(`Wrote ${EXPORT_SCHEMA_PATH}`)
