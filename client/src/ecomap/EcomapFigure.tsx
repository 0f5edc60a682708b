import './figure.css'
import type { Lang } from '../../../cases/i18n/bilingual'
import { EcomapStatic } from './EcomapStatic'
import { useEcomapT } from './i18n'

/**
 * The ecomap drawing, read-only, as a figure whose caption points to the list beside it (the drawing's text
 * alternative: the svg names the centre and counts its systems and ties; the list gives each one in words).
 * Default-exported too, for `React.lazy` where the drawing should not weigh on the first page.
 */
export function EcomapFigure({ value, lang }: { value: unknown; lang: Lang }) {
  const t = useEcomapT(lang)
  return (
    <figure className="ecomap-figure" data-testid="ecomap-figure">
      <EcomapStatic value={value} lang={lang} className="ecomap-figure-svg" />
      <figcaption className="muted small">{t('readOnlyCaption')}</figcaption>
    </figure>
  )
}

export default EcomapFigure
