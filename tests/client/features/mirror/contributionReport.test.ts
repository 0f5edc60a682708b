import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { initReactI18next } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberContribution, WorkspaceContributions } from '../../../../cases/contributions/figures'
import { id } from '../../../../client/src/i18n/id'

const activity = {
  charsAdded: 120,
  charsRemoved: 7,
  charsCounted: 120,
  charsRemovedCounted: 7,
  ecomapEdits: 3,
  fieldEdits: 2,
  activeMinutes: 9,
}
const member = (userId: string, name: string, share: number): MemberContribution => ({
  ...activity,
  userId,
  name,
  share,
  weight: share * 4000,
  textPresent: 100,
  textShare: share,
  comments: 1,
  perTemplate: {},
})

const figures: WorkspaceContributions = {
  members: [member('s1', 'Ani', 0.75), member('s2', 'Budi', 0.25)],
  balance: 0.811,
  indicators: [
    {
      kind: 'teamCentred',
      userIds: [],
      label: {
        id: 'Tulisan tim terpusat pada satu anggota',
        en: "The team's writing is centred on one member",
      },
      explanation: {
        id: 'Sebagian besar tulisan dari satu anggota.',
        en: 'Most of the writing is by one member.',
      },
    },
  ],
  enoughEvidence: true,
}

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id } },
    lng: 'id',
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    initAsync: false,
  })
})

describe('the contribution report', () => {
  it('on the grading page lists each member’s share and edits, the balance index and the indicators', async () => {
    const { ContributionsPanel } = await import('../../../../client/src/features/review/ContributionsPanel')
    const html = renderToStaticMarkup(createElement(ContributionsPanel, { figures }))
    expect(html).toMatch(/^<section class="panel review-contributions"><h2>Kontribusi anggota<\/h2>/)
    expect(html).toContain(
      '<span class="contribution-bar-detail small muted">Ani: 75% bagian, +120/−7 karakter, 5 suntingan, 1 komentar, 9 menit aktif</span>',
    )
    // A bar per member, its name and number written as text beside it; the bar itself is hidden from screen readers.
    expect(html).toContain('<figcaption class="small">Bagian tiap anggota dari kontribusi tim')
    expect(html).toContain(
      '<span class="contribution-bar-name">Ani</span><span class="contribution-bar-track" aria-hidden="true"><span class="contribution-bar-fill" style="width:75%"></span></span><span class="contribution-bar-value">75%</span>',
    )
    expect(html).toContain('<span class="contribution-bar-name">Budi</span>')
    expect(html).toContain('style="width:25%"')
    expect(html).toContain('bukan nilai')
    expect(html).toContain('<p>Indeks keseimbangan: 0.81</p>')
    expect(html).toContain(
      '<li><strong>Tulisan tim terpusat pada satu anggota</strong>: Sebagian besar tulisan dari satu anggota.</li>',
    )
    expect(html).not.toContain('<button')
  })

  it('before there is enough evidence says so instead of showing a balance or any indicator', async () => {
    const { ContributionsPanel } = await import('../../../../client/src/features/review/ContributionsPanel')
    const early = { ...figures, balance: 0, indicators: [], enoughEvidence: false }
    const html = renderToStaticMarkup(createElement(ContributionsPanel, { figures: early }))
    expect(html).toContain('<p>Belum cukup bukti untuk membaca pola kerja tim')
    expect(html).not.toContain('Indeks keseimbangan')
    expect(html.match(/<ul>/g)).toHaveLength(1)
    expect(html.match(/class="contribution-bar-fill"/g)).toHaveLength(2)
  })

  it('says when there is no work yet and leaves out an empty list of indicators', async () => {
    const { ContributionsPanel } = await import('../../../../client/src/features/review/ContributionsPanel')
    const empty = { ...figures, balance: null, indicators: [] }
    const html = renderToStaticMarkup(createElement(ContributionsPanel, { figures: empty }))
    expect(html).toContain('<p>Indeks keseimbangan: belum ada kontribusi</p>')
    expect(html.match(/<ul>/g)).toHaveLength(1)
  })

  it('names the section by its heading when given an id, and shows what it is given after the indicators', async () => {
    const { ContributionReport } = await import('../../../../client/src/features/mirror/ContributionReport')
    const html = renderToStaticMarkup(
      createElement(
        ContributionReport,
        {
          figures,
          className: 'panel contribution-mirror',
          headingId: 'mirror-heading',
          heading: 'Kontribusi tim',
          note: 'Indikator',
          memberLine: (m) => `${m.name} ${m.comments}`,
          barsCaption: 'Bagian',
          balanceLine: (value) => `B ${value ?? '-'}`,
          waitingLine: 'Belum cukup bukti',
        },
        createElement('button', { type: 'button' }, 'Muat ulang'),
      ),
    )
    expect(html).toMatch(/^<section class="panel contribution-mirror" aria-labelledby="mirror-heading">/)
    expect(html).toContain('<h2 id="mirror-heading">Kontribusi tim</h2>')
    expect(html).toContain('<span class="contribution-bar-detail small muted">Budi 1</span>')
    expect(html).toMatch(/<p>B 0.81<\/p>.*<\/ul><button type="button">Muat ulang<\/button><\/section>$/)
  })
})
