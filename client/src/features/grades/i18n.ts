import { featureStrings } from '../../i18n/featureStrings'
import { gradesEn, gradesId } from './strings'

/** The i18next namespace of the grade scale and gradebook strings. */
export const GRADES_NS = 'grades'

/** Translate this feature's keys in the current language (Indonesian as fallback). */
export const useGradesT = featureStrings(GRADES_NS, gradesId, gradesEn)
