import type { Lang } from '../../../../cases/i18n/bilingual'
import { featureStrings, type Vars } from '../../i18n/featureStrings'
import { historyEn, historyId, type HistoryKey } from './strings'

/** The i18next namespace of the history panel. */
export const HISTORY_NS = 'history'

/** A translate function for the panel's keys. */
export type HistoryT = (key: HistoryKey, vars?: Vars) => string

/** Translate the panel's keys in `lang` (Indonesian as fallback), re-rendering when i18next changes. */
export const useHistoryT: (lang: Lang) => HistoryT = featureStrings(HISTORY_NS, historyId, historyEn)
