import { featureStrings, type Vars } from '../../i18n/featureStrings'
import { compareEn, compareId, type CompareKey } from './strings'

/** The i18next namespace of the compare view. */
export const COMPARE_NS = 'compare'

/** A translate function for the compare view's keys. */
export type CompareT = (key: CompareKey, vars?: Vars) => string

/** Translate the compare view's keys in the current language (Indonesian as fallback). */
export const useCompareT: () => CompareT = featureStrings(COMPARE_NS, compareId, compareEn)
