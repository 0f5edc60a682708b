import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ecomapEn, ecomapId } from '../../client/src/ecomap/i18n'
import { exerciseTextEn, exerciseTextId } from '../../client/src/features/exercise/strings'
import { clockEn, clockId } from '../../client/src/features/exerciseClock/strings'
import { casesEn, casesId } from '../../client/src/features/cases/strings'
import { compareEn, compareId } from '../../client/src/features/compare/strings'
import { historyEn, historyId } from '../../client/src/features/history/strings'
import { glossaryEn, glossaryId } from '../../client/src/features/glossary/strings'
import { gradesEn, gradesId } from '../../client/src/features/grades/strings'
import { printEn, printId } from '../../client/src/features/print/strings'
import { reviewEn, reviewId } from '../../client/src/features/review/strings'
import { selfCheckEn, selfCheckId } from '../../client/src/features/selfCheck/strings'
import { en } from '../../client/src/i18n/en'
import { id } from '../../client/src/i18n/id'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FEATURE_STRINGS = 'client/src/i18n/featureStrings.ts'

/** Every dictionary of the client, by the file that registers it with i18next (or the main one). */
const BUNDLES: { name: string; file: string; id: object; en: object }[] = [
  { name: 'translation', file: 'client/src/i18n/index.ts', id, en },
  { name: 'ecomap', file: 'client/src/ecomap/i18n.ts', id: ecomapId, en: ecomapEn },
  { name: 'exercise', file: 'client/src/features/exercise/i18n.ts', id: exerciseTextId, en: exerciseTextEn },
  { name: 'exerciseClock', file: 'client/src/features/exerciseClock/i18n.ts', id: clockId, en: clockEn },
  { name: 'cases', file: 'client/src/features/cases/i18n.ts', id: casesId, en: casesEn },
  { name: 'review', file: 'client/src/features/review/i18n.ts', id: reviewId, en: reviewEn },
  { name: 'print', file: 'client/src/features/print/i18n.ts', id: printId, en: printEn },
  { name: 'history', file: 'client/src/features/history/i18n.ts', id: historyId, en: historyEn },
  { name: 'compare', file: 'client/src/features/compare/i18n.ts', id: compareId, en: compareEn },
  { name: 'selfCheck', file: 'client/src/features/selfCheck/i18n.ts', id: selfCheckId, en: selfCheckEn },
  { name: 'glossary', file: 'client/src/features/glossary/i18n.ts', id: glossaryId, en: glossaryEn },
  { name: 'grades', file: 'client/src/features/grades/i18n.ts', id: gradesId, en: gradesEn },
]

/** Dotted key → string of a nested dictionary. */
function flatten(dict: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(dict)) {
    const dotted = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, dotted)) out.set(k, v)
    else out.set(dotted, value)
  }
  return out
}

const placeholders = (text: unknown) =>
  typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort() : []

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  )
  return nested.flat().filter((f) => /\.tsx?$/.test(f))
}

describe('the client dictionaries', () => {
  it.each(BUNDLES)(
    '$name: every key exists in Indonesian and English',
    ({ name, id: idDict, en: enDict }) => {
      const idKeys = flatten(idDict)
      const enKeys = flatten(enDict)
      const missingEn = [...idKeys.keys()].filter((k) => !enKeys.has(k))
      const missingId = [...enKeys.keys()].filter((k) => !idKeys.has(k))
      expect(missingEn, `${name}: keys missing in English`).toEqual([])
      expect(missingId, `${name}: keys missing in Indonesian`).toEqual([])
    },
  )

  it.each(BUNDLES)(
    '$name: no empty text, the same placeholders in both languages',
    ({ name, id: idDict, en: enDict }) => {
      const enKeys = flatten(enDict)
      for (const [key, text] of flatten(idDict)) {
        const other = enKeys.get(key)
        expect(typeof text === 'string' && text.trim() !== '', `${name}.${key} (id) is empty`).toBe(true)
        expect(typeof other === 'string' && other.trim() !== '', `${name}.${key} (en) is empty`).toBe(true)
        expect(placeholders(other), `${name}.${key}: placeholders`).toEqual(placeholders(text))
      }
    },
  )

  it('covers every namespace the client registers with i18next', async () => {
    const files = await sourceFiles(path.join(ROOT, 'client', 'src'))
    const registering: string[] = []
    for (const file of files) {
      const relative = path.relative(ROOT, file)
      // featureStrings registers the dictionaries its callers pass: the callers are the files to cover.
      if (relative === FEATURE_STRINGS) continue
      if (/addResourceBundle\(|featureStrings\(/.test(await readFile(file, 'utf8')))
        registering.push(relative)
    }
    const covered = new Set(BUNDLES.map((b) => b.file))
    expect(registering.length).toBeGreaterThan(0)
    expect(
      registering.filter((f) => !covered.has(f)),
      'dictionaries not compared by this test',
    ).toEqual([])
  })
})
