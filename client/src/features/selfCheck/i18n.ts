import { featureStrings } from '../../i18n/featureStrings'
import { selfCheckEn, selfCheckId } from './strings'

/** The i18next namespace of this feature (kept out of the app's main dictionaries). */
export const SELF_CHECK_NS = 'selfCheck'

/** Translate the self-check's keys in the current language (Indonesian as fallback). */
export const useSelfCheckT = featureStrings(SELF_CHECK_NS, selfCheckId, selfCheckEn)
