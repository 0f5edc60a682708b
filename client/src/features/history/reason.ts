import type { SnapshotSummary } from '../../../../cases/contracts/history'
import type { HistoryT } from './i18n'

/** Why a snapshot exists, in words. */
export function reasonText(snapshot: SnapshotSummary, t: HistoryT): string {
  if (snapshot.reason === 'submission') return t('reasonSubmission', { n: snapshot.version ?? '?' })
  if (snapshot.reason === 'restore') return t('reasonRestore')
  return t('reasonPeriodic')
}
