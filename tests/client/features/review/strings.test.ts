import { describe, expect, it } from 'vitest'
import { reviewEn, reviewId } from '../../../../client/src/features/review/strings'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('the review feature’s strings', () => {
  it('have every key in both languages, non-empty, with the same placeholders', () => {
    expect(Object.keys(reviewEn).sort()).toEqual(Object.keys(reviewId).sort())
    for (const key of Object.keys(reviewId) as (keyof typeof reviewId)[]) {
      expect(reviewId[key].trim(), key).not.toBe('')
      expect(reviewEn[key].trim(), key).not.toBe('')
      expect(placeholders(reviewEn[key]), key).toEqual(placeholders(reviewId[key]))
    }
  })
})
