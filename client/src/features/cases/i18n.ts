import { featureStrings } from '../../i18n/featureStrings'
import { casesEn, casesId } from './strings'

/** The i18next namespace of this feature (kept out of the app's main dictionaries). */
export const CASES_NS = 'cases'

/** Translate the case library's keys in the current language (Indonesian as fallback). */
export const useCasesT = featureStrings(CASES_NS, casesId, casesEn)
