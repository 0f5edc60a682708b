import type { CaseBody, CaseView } from '../../../../cases/contracts/http'
import type { Bilingual } from '../../../../cases/i18n/bilingual'

/** What the case form edits: every text bilingual, the content note empty when there is none. */
export interface CaseDraft {
  title: Bilingual
  summary: Bilingual
  scenario: Bilingual
  prompts: Bilingual[]
  templates: string[]
  contentNote: Bilingual
  source: string
}

const empty = (): Bilingual => ({ id: '', en: '' })

/** A blank case: the 5 C template ticked, as new assignments do. */
export function emptyDraft(): CaseDraft {
  return {
    title: empty(),
    summary: empty(),
    scenario: empty(),
    prompts: [empty()],
    templates: ['fiveC'],
    contentNote: empty(),
    source: '',
  }
}

/** The draft of an existing case. */
export function draftOf(view: CaseView): CaseDraft {
  return {
    title: view.title,
    summary: view.summary,
    scenario: view.scenario,
    prompts: view.prompts,
    templates: view.templates,
    contentNote: view.contentNote ?? empty(),
    source: view.source,
  }
}

/** Whether neither language has any text (an optional text left out). */
export const isBlank = (text: Bilingual) => text.id.trim() === '' && text.en.trim() === ''

/** The request body: blank prompts are dropped, and a blank content note removes it. */
export function bodyOf(draft: CaseDraft): CaseBody {
  return {
    title: draft.title,
    summary: draft.summary,
    scenario: draft.scenario,
    templates: draft.templates,
    prompts: draft.prompts.filter((p) => !isBlank(p)),
    contentNote: isBlank(draft.contentNote) ? null : draft.contentNote,
    source: draft.source,
  }
}
