import { featureStrings } from '../../i18n/featureStrings'
import { reviewEn, reviewId } from './strings'

/** The i18next namespace of this feature (kept out of the app's main dictionaries). */
export const REVIEW_NS = 'review'

/** Translate the review feature's keys in the current language (Indonesian as fallback). */
export const useReviewT = featureStrings(REVIEW_NS, reviewId, reviewEn)
