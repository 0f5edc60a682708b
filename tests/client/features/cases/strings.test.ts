import { describe, expect, it } from 'vitest'
import { casesEn, casesId } from '../../../../client/src/features/cases/strings'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('the cases feature’s strings', () => {
  it('have every key in both languages, non-empty, with the same placeholders', () => {
    expect(Object.keys(casesEn).sort()).toEqual(Object.keys(casesId).sort())
    for (const key of Object.keys(casesId) as (keyof typeof casesId)[]) {
      expect(casesId[key].trim(), key).not.toBe('')
      expect(casesEn[key].trim(), key).not.toBe('')
      expect(placeholders(casesEn[key]), key).toEqual(placeholders(casesId[key]))
    }
  })
})
