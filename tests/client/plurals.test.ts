import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { interpolate, pickString } from '../../client/src/i18n/featureStrings'
import { en } from '../../client/src/i18n/en'
import { id } from '../../client/src/i18n/id'
import { reviewEn, reviewId } from '../../client/src/features/review/strings'

/** A feature dictionary's text in one language, the way the feature's hook picks it. */
const feature = (dict: Record<string, string>, lang: string, key: string, count: number) =>
  interpolate(
    pickString((k) => dict[k], key, lang, { count }),
    { count },
  )

describe('counted words agree with their number', () => {
  it('in the main dictionary (i18next plurals): "1 point", "2 points"; Indonesian has one form', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, id: { translation: id } } })
    expect(i18n.t('feedback.points', { count: 1 })).toBe('1 point')
    expect(i18n.t('feedback.points', { count: 4 })).toBe('4 points')
    expect(i18n.t('comments.openThreads', { count: 1 })).toBe('comment on this field: open it')
    expect(i18n.t('comments.openThreads', { count: 2 })).toBe('comments on this field: open them')
    await i18n.changeLanguage('id')
    expect(i18n.t('feedback.points', { count: 1 })).toBe('1 poin')
    expect(i18n.t('feedback.points', { count: 4 })).toBe('4 poin')
  })

  it('in a feature\'s dictionary: "1 open comment", "3 open comments"', () => {
    expect(feature(reviewEn, 'en', 'commentCount', 1)).toBe('1 open comment')
    expect(feature(reviewEn, 'en', 'commentCount', 3)).toBe('3 open comments')
    expect(feature(reviewId, 'id', 'commentCount', 1)).toBe('1 komentar terbuka')
    expect(feature(reviewId, 'id', 'commentCount', 3)).toBe('3 komentar terbuka')
  })
})
