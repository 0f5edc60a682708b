import type { TFunction } from 'i18next'
import type { ExerciseEndReason } from '../../../../cases/contracts/exercises'
import type { Submitter } from '../../../../cases/contracts/http'
import { SYSTEM_SUBMITTER_ID } from '../../../../cases/contracts/submitter'

/**
 * Who submitted a version, in words: a member's name, or for the system "the due time" — "the lecturer, on ending
 * the exercise" when the live exercise it belongs to was ended early by a lecturer.
 */
export function submitterName(
  t: TFunction,
  submitter: Submitter | undefined,
  exerciseEndedBy?: ExerciseEndReason | null,
): string {
  if (submitter?.id !== SYSTEM_SUBMITTER_ID) return submitter?.name ?? ''
  return exerciseEndedBy === 'lecturer' ? t('submission.endedByLecturer') : t('submission.dueLock')
}
