import { featureStrings, type Vars } from '../../i18n/featureStrings'
import { glossaryEn, glossaryId, type GlossaryKey } from './strings'

/** The i18next namespace of the glossary page. */
export const GLOSSARY_NS = 'glossary'

/** A translate function for the glossary page's keys. */
export type GlossaryT = (key: GlossaryKey, vars?: Vars) => string

/** Translate the glossary page's keys in the current language (Indonesian as fallback). */
export const useGlossaryT: () => GlossaryT = featureStrings(GLOSSARY_NS, glossaryId, glossaryEn)
