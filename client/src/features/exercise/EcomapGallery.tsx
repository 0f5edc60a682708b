import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { EcomapStatic } from '../../ecomap/EcomapStatic'
import { useLang } from '../../i18n/useBilingual'
import { loadEcomaps } from './ecomapGalleryData'
import { useExerciseT } from './i18n'

/** Every team's ecomap drawn read-only, side by side (team names hidden on request). */
export function EcomapGallery({
  assignmentId,
  hideNames,
  stamp,
}: {
  assignmentId: string
  hideNames: boolean
  stamp: number
}) {
  const t = useExerciseT()
  const lang = useLang()
  const maps = useResource(() => loadEcomaps(assignmentId), `${assignmentId}/${stamp}`)
  return (
    <section aria-labelledby="exercise-gallery">
      <h2 id="exercise-gallery">{t('gallery')}</h2>
      <ErrorMessage error={maps.error} />
      <ul className="exercise-gallery">
        {(maps.data ?? []).map((m, i) => (
          <li key={m.teamId} className="panel">
            <h3>{hideNames ? t('teamN', { n: i + 1 }) : m.teamName}</h3>
            <EcomapStatic value={m.value} lang={lang} className="exercise-gallery-map" />
          </li>
        ))}
      </ul>
    </section>
  )
}
