import { featureStrings } from '../../i18n/featureStrings'
import { printEn, printId } from './strings'

/** The i18next namespace of the print view. */
export const PRINT_NS = 'print'

/** Translate the print view's keys in the current language (Indonesian as fallback). */
export const usePrintT = featureStrings(PRINT_NS, printId, printEn)
