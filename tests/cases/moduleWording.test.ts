import { describe, expect, it } from 'vitest'
import type { Bilingual } from '../../cases/i18n/bilingual'
import { CASE_LIBRARY } from '../../cases/library/index'
import { getTemplate, TEMPLATES } from '../../cases/templates/index'
import type { FieldDef, OptionDef, SectionDef } from '../../cases/templates/types'

/** Every Indonesian text of the templates: titles, help, labels and option labels and help. */
function templateTexts(): string[] {
  const ofOption = (o: OptionDef) => [o.label.id, o.help?.id ?? '']
  const ofField = (f: FieldDef) => [
    f.label.id,
    f.help?.id ?? '',
    ...('options' in f ? f.options.flatMap(ofOption) : []),
  ]
  const ofSection = (s: SectionDef) => [
    s.title.id,
    s.help?.id ?? '',
    ...(s.collection?.itemFields ?? s.fields).flatMap(ofField),
  ]
  return TEMPLATES.flatMap((t) => [t.title.id, t.summary.id, ...t.sections.flatMap(ofSection)])
}

function libraryTexts(): string[] {
  return CASE_LIBRARY.flatMap((c) =>
    [c.title, c.summary, c.scenario, ...c.prompts].map((t: Bilingual) => t.id),
  )
}

/** Non-standard spellings and the KBBI form issue 12 asks for. */
const NON_STANDARD =
  /\b(assessment|dianalisa|menganalisa|analisa|survey|sumberdaya|praktek|merespon|hirarki|hirarkhi|frustasi|mempengaruhi|hakekat\w*|mengorganisir)\b/i

/** The module's English terms that a label shows; each label carries an Indonesian gloss in brackets. */
const ENGLISH_TERMS =
  /\b(Maypole|Round robin|Hot seat|Free floating|Storming|Norming|Performing|Forming|Enabler|Broker|Universality|Altruism|Catharsis|Cohesiveness|Mutual support|Reality testing|Group control|A sense of hope|Quality of relationship|Deeper level|Deepest level|power|influence|Sucker effect|synchronous|asynchronous|Harmonizer|Encourager|Help seeker|strength-in-us|sui generis|Social conversation|skill building|Self-help|sensitivity)\b/

function labels(): Bilingual[] {
  return TEMPLATES.flatMap((t) =>
    t.sections.flatMap((s) => [
      s.title,
      ...(s.collection?.itemFields ?? s.fields).flatMap((f) => [
        f.label,
        ...('options' in f ? f.options.map((o) => o.label) : []),
      ]),
    ]),
  )
}

const field = (template: string, section: string, key: string): FieldDef | undefined => {
  const def = getTemplate(template).sections.find((s) => s.key === section)
  return (def?.collection?.itemFields ?? def?.fields ?? []).find((f) => f.key === key)
}
const optionsOf = (f: FieldDef | undefined): OptionDef[] => (f && 'options' in f ? f.options : [])

describe('the templates and cases say what the module says', () => {
  it('spell Indonesian the KBBI way and use "Anda", never "kamu" (issue 12 §4, Language)', () => {
    for (const text of [...templateTexts(), ...libraryTexts()]) {
      expect(text).not.toMatch(NON_STANDARD)
      expect(text).not.toMatch(/\bkamu\b/i)
    }
  })

  it('call extra-group influence "pengaruh dari luar kelompok" (Gambar 2, p. 20)', () => {
    for (const text of [...templateTexts(), ...libraryTexts()])
      expect(text).not.toMatch(/ekstra[- ]?(group|grup|kelompok)/i)
    expect(getTemplate('ecomap').sections.find((s) => s.key === 'influences')?.title.id).toBe(
      'Pengaruh dari luar kelompok',
    )
  })

  it('gloss every English term of the module in its Indonesian label, as the module writes "Forming (Pembentukan)"', () => {
    const unglossed = labels()
      .map((l) => l.id)
      .filter((id) => ENGLISH_TERMS.test(id) && !/\(.+\)/.test(id))
    expect(unglossed).toEqual([])
  })

  it('word the details as the module does', () => {
    // Enabler: "mengklarifikasi dan mengidentifikasi masalah" (Modul Keenam 1, p. 35).
    expect(getTemplate('roles').sections.find((s) => s.key === 'enabler')?.help?.id).toMatch(
      /mengklarifikasi dan mengidentifikasi masalah/,
    )
    // The slides' sub-points of mutual support and cohesiveness (Modul Kelima slides).
    const factor = (key: string) =>
      getTemplate('therapeuticFactors').sections.find((s) => s.key === key)?.help?.id
    expect(factor('mutualSupport')).toMatch(/mengurangi kecemasan/)
    expect(factor('cohesiveness')).toMatch(/terpenuhinya kebutuhan sosial/)
    // Tabel 3, p. 23, in plain Indonesian.
    expect(field('fiveC', 'competence', 'distinctiveCompetence')?.help?.id).toMatch(
      /kelompok penyintas kanker memahami seluk-beluk kanker/,
    )
    // Breton's first goal is one option, "… yang menindas" included (p. 25).
    const goals = optionsOf(field('breton', 'empowerment', 'goals'))
    expect(goals.filter((o) => /^Mengubah struktur/.test(o.label.id)).map((o) => o.label.id)).toEqual([
      'Mengubah struktur atau kondisi kognitif, perilaku, sosial, dan politik yang menindas',
    ])
    // The centre may be a community, as its help says (p. 18).
    expect(optionsOf(field('ecomap', 'centre', 'kind')).map((o) => o.value)).toContain('community')
    // Tabel 1: every group type shows its characteristics.
    for (const o of optionsOf(field('fiveC', 'characteristics', 'groupType')))
      expect(o.help, o.value).toBeDefined()
    // Tabel 4: a stage's descriptions are examples in its help, nothing to tick.
    for (const s of getTemplate('interventionPlan').sections) {
      expect(
        s.fields.map((f) => f.kind),
        s.key,
      ).toEqual(['text'])
      expect(s.help?.id, s.key).toMatch(/^Deskripsi tahapan \(Tabel 4\), sebagai contoh: /)
    }
    expect(getTemplate('interventionPlan').sections.find((s) => s.key === 'communicate')?.help?.id).toMatch(
      /Menjadi saksi di pengadilan bila diminta/,
    )
    // Systems theory: sui generis (p. 21); flows apart from the input phase (p. 22).
    expect(field('systems', 'system', 'suiGeneris')?.kind).toBe('text')
    expect(field('systems', 'inputs', 'flows')?.label.id).toBe('Arus (flows)')
    expect(field('systems', 'inputs', 'description')?.label.id).toBe('Fase input')
  })
})
