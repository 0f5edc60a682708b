import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { ErrorCode, ErrorReason } from '../../cases/contracts/errors'
import { ackError, ApiError } from '../../client/src/api/client'
import { errorText, fieldName } from '../../client/src/components/errorText'
import { en } from '../../client/src/i18n/en'
import { id } from '../../client/src/i18n/id'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const DICTIONARIES = { id, en }

async function serverSources(dir = path.join(ROOT, 'server')): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await serverSources(full)))
    else if (entry.name.endsWith('.ts'))
      out.push({ file: path.relative(ROOT, full), text: await readFile(full, 'utf8') })
  }
  return out
}

async function translator(lng: 'id' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, resources: { id: { translation: id }, en: { translation: en } } })
  return i18n.t
}

describe('every server error has client text in both languages', () => {
  it('each error code has an Indonesian and an English string, different from each other', () => {
    for (const code of Object.keys(ErrorCode)) {
      for (const [lang, dict] of Object.entries(DICTIONARIES)) {
        const text = (dict.errors.codes as Record<string, string | undefined>)[code]
        expect(text?.trim(), `errors.codes.${code} in ${lang}`).toBeTruthy()
      }
      expect(id.errors.codes[code as keyof typeof id.errors.codes]).not.toBe(
        en.errors.codes[code as keyof typeof en.errors.codes],
      )
    }
  })

  it('each reason has an Indonesian and an English string, different from each other', () => {
    for (const reason of Object.keys(ErrorReason)) {
      for (const [lang, dict] of Object.entries(DICTIONARIES)) {
        const text = (dict.errors.reasons as Record<string, string | undefined>)[reason]
        expect(text?.trim(), `errors.reasons.${reason} in ${lang}`).toBeTruthy()
      }
      expect(id.errors.reasons[reason as keyof typeof id.errors.reasons]).not.toBe(
        en.errors.reasons[reason as keyof typeof en.errors.reasons],
      )
    }
  })

  it('the dictionaries hold no reason or code the server does not know (no stale keys)', () => {
    for (const dict of Object.values(DICTIONARIES)) {
      expect(Object.keys(dict.errors.reasons).sort()).toEqual(Object.keys(ErrorReason).sort())
      expect(Object.keys(dict.errors.codes).sort()).toEqual(Object.keys(ErrorCode).sort())
    }
  })

  it('the server raises user-facing failures through a reason, not a generic helper with an English message', async () => {
    const generic = /throw (conflict|notFound)\(|throw forbidden\(['`]/
    const offenders = (await serverSources())
      .filter(({ file }) => file !== path.join('server', 'services', 'errors.ts'))
      .flatMap(({ file, text }) =>
        text
          .split('\n')
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => generic.test(line)),
      )
    expect(offenders).toEqual([])
  })

  it('every reason the server raises is one the contract lists', async () => {
    const raised = new Set<string>()
    for (const { text } of await serverSources())
      for (const match of text.matchAll(/refused\(\s*'([a-z_]+)'/g)) raised.add(match[1]!)
    expect(raised.size).toBeGreaterThan(20)
    for (const reason of raised) expect(Object.keys(ErrorReason)).toContain(reason)
  })
})

describe('errorText', () => {
  it('prefers the reason, then the code, then a generic note, never the server’s English message', async () => {
    const t = await translator('id')
    const submitted = new ApiError(
      409,
      'conflict',
      'This work is submitted.',
      undefined,
      'workspace_submitted',
    )
    expect(errorText(t, submitted)).toBe(id.errors.reasons.workspace_submitted)
    const unknownReason = new ApiError(409, 'conflict', 'Something new.', undefined, 'brand_new_reason')
    expect(errorText(t, unknownReason)).toBe(id.errors.codes.conflict)
    expect(errorText(t, new ApiError(418, 'teapot', 'I am a teapot.'))).toBe(id.errors.unknown)
    expect(errorText(t, new ApiError(0, 'network', 'offline'))).toBe(id.errors.network)
    expect(errorText(await translator('en'), submitted)).toBe(en.errors.reasons.workspace_submitted)
  })

  it('translates a socket acknowledgement’s error the same way', async () => {
    const t = await translator('id')
    const ack = ackError({ code: 'conflict', message: 'The exercise has ended.', reason: 'exercise_ended' })
    expect(ack.status).toBe(409)
    expect(errorText(t, ack)).toBe(id.errors.reasons.exercise_ended)
  })

  it('names the bad field of a validation error in words, in each language', async () => {
    const refused = new ApiError(
      400,
      'validation',
      'criteria.6.title.id: Too small',
      undefined,
      undefined,
      'criteria.6.title.id',
    )
    expect(errorText(await translator('id'), refused)).toBe(
      'Isian ini tidak valid: kriteria 7 › judul › Indonesia. Periksa lagi, lalu coba kembali.',
    )
    expect(errorText(await translator('en'), refused)).toBe(
      'This field is not valid: criterion 7 › title › Indonesian. Check it, then try again.',
    )
    // A key without a word of its own is shown as it is; without a field the generic text stays.
    expect(fieldName(await translator('id'), 'scores.0.levelId')).toBe('skor 1 › levelId')
    expect(errorText(await translator('id'), new ApiError(400, 'validation', 'bad'))).toBe(
      id.errors.codes.validation,
    )
  })
})
