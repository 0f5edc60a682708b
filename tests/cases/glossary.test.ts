import { describe, expect, it } from 'vitest'
import { GLOSSARY, GLOSSARY_TOPICS, GLOSSARY_TOPIC_TITLES } from '../../cases/glossary'
import { filterGlossary } from '../../client/src/features/glossary/filterGlossary'

const filled = (text: string | undefined) => typeof text === 'string' && text.trim().length > 0

describe('the glossary of the module’s English terms', () => {
  it.each(GLOSSARY.map((entry) => [entry.key, entry] as const))(
    '%s has its term, an Indonesian gloss, a meaning in both languages and a module source',
    (_key, entry) => {
      expect(filled(entry.term)).toBe(true)
      expect(filled(entry.gloss)).toBe(true)
      expect(['module', 'app']).toContain(entry.glossFrom)
      expect(filled(entry.meaning.id)).toBe(true)
      expect(filled(entry.meaning.en)).toBe(true)
      expect(entry.meaning.id).not.toBe(entry.meaning.en)
      // A printed page or page range of the module (1–41), or its unpaginated slides.
      expect(entry.source.pages).toMatch(/^(\d{1,2}(–\d{1,2})?|slides)$/)
      for (const page of entry.source.pages.split('–').filter((p) => p !== 'slides'))
        expect(Number(page)).toBeGreaterThanOrEqual(1)
      expect(entry.source.where.id).toMatch(/^(Modul|Salindia)/)
      expect(filled(entry.source.where.en)).toBe(true)
      expect(GLOSSARY_TOPICS).toContain(entry.topic)
    },
  )

  it('has unique keys and terms, every topic used and titled in both languages', () => {
    expect(new Set(GLOSSARY.map((e) => e.key)).size).toBe(GLOSSARY.length)
    expect(new Set(GLOSSARY.map((e) => e.term.toLowerCase())).size).toBe(GLOSSARY.length)
    for (const topic of GLOSSARY_TOPICS) {
      expect(
        GLOSSARY.some((e) => e.topic === topic),
        topic,
      ).toBe(true)
      expect(filled(GLOSSARY_TOPIC_TITLES[topic].id) && filled(GLOSSARY_TOPIC_TITLES[topic].en)).toBe(true)
    }
  })

  it('lists the labels the issue names, and no stage the module does not have', () => {
    const terms = GLOSSARY.map((e) => e.term)
    for (const term of [
      'Maypole',
      'Round robin',
      'Hot seat',
      'Free floating pattern',
      'Reward power',
      'Coercive power',
      'Legitimate power',
      'Referent power',
      'Expert power',
      'Forming',
      'Storming',
      'Norming',
      'Performing',
      'Enabler',
      'Broker',
      'Universality',
      'Deeper level',
      'Social loafing',
      'Free riding',
      'Sui generis',
    ])
      expect(terms).toContain(term)
    // Tabel 2 has four stages; Forming's gloss is the module's own.
    expect(terms).not.toContain('Adjourning')
    expect(GLOSSARY.find((e) => e.key === 'forming')).toMatchObject({
      gloss: 'Pembentukan',
      glossFrom: 'module',
    })
  })

  it('filters on term, gloss and meaning in either language, ignoring case and accents', () => {
    expect(filterGlossary(GLOSSARY, '')).toHaveLength(GLOSSARY.length)
    expect(filterGlossary(GLOSSARY, '  STORMING ').map((e) => e.key)).toEqual(['storming'])
    expect(filterGlossary(GLOSSARY, 'pergolakan').map((e) => e.key)).toEqual(['storming'])
    expect(filterGlossary(GLOSSARY, 'sanksi').map((e) => e.key)).toEqual(['coercivePower'])
    expect(filterGlossary(GLOSSARY, 'coervice').map((e) => e.key)).toEqual(['coercivePower'])
    expect(filterGlossary(GLOSSARY, 'power reward').map((e) => e.key)).toEqual(['rewardPower'])
    expect(filterGlossary(GLOSSARY, 'zzz')).toEqual([])
  })
})
