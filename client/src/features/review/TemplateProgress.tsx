import type { WorkspaceOverview } from '../../../../cases/contracts/overview'
import { findTemplate } from '../../../../cases/templates'
import { useBilingual } from '../../i18n/useBilingual'
import { useReviewT } from './i18n'

/** A band of completion, for the cell's colour: none, some (under half), most, or all filled. */
export function progressBand(filled: number, total: number): 'none' | 'some' | 'most' | 'all' {
  if (filled <= 0 || total <= 0) return 'none'
  if (filled >= total) return 'all'
  return filled * 2 < total ? 'some' : 'most'
}

/**
 * One team's progress in each template of an assignment: a row per template, tinted by how much is filled (a light to
 * dark blue scale) with the figures written out, so the colour is never the only signal.
 */
export function TemplateProgress({ progress }: { progress: WorkspaceOverview['progress'] | undefined }) {
  const t = useReviewT()
  const pick = useBilingual()
  const rows = Object.entries(progress ?? {})
  if (rows.length === 0) return null
  return (
    <ul className="review-progress-grid" aria-label={t('progressGrid')}>
      {rows.map(([id, { filled, total }]) => {
        const title = pick(findTemplate(id)?.title) || id
        return (
          <li key={id} className={`review-progress ${progressBand(filled, total)}`} data-template={id}>
            <span className="review-progress-name">{title}</span>{' '}
            <span className="review-progress-value">{t('progressFigure', { filled, total })}</span>
          </li>
        )
      })}
    </ul>
  )
}
