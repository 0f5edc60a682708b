import { useState } from 'react'
import { VIEW_BOX } from './geometry'
import { downloadBlob, serializeDrawing, svgToPng } from './exportDrawing'
import type { EcomapT } from './i18n'
import { exportFileName } from './svgText'

interface Props {
  svg: React.RefObject<SVGSVGElement | null>
  t: EcomapT
  centre: string
  date: string | null
}

/** Download the drawing as an SVG file or a PNG image (both made in the browser; nothing is uploaded). */
export function ExportButtons({ svg, t, centre, date }: Props) {
  const [failed, setFailed] = useState(false)
  const svgText = () => {
    if (!svg.current) throw new Error('the drawing is not shown')
    return serializeDrawing(svg.current, VIEW_BOX.width, VIEW_BOX.height)
  }
  const name = (ext: 'svg' | 'png') => exportFileName(t('fileName'), centre, date, ext)
  const asSvg = () => {
    try {
      downloadBlob(new Blob([svgText()], { type: 'image/svg+xml' }), name('svg'))
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }
  const asPng = async () => {
    try {
      downloadBlob(await svgToPng(svgText(), VIEW_BOX.width, VIEW_BOX.height), name('png'))
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }
  return (
    <>
      <button type="button" onClick={asSvg}>
        {t('exportSvg')}
      </button>
      <button type="button" onClick={() => void asPng()}>
        {t('exportPng')}
      </button>
      {failed && (
        <p className="error" role="alert">
          {t('exportFailed')}
        </p>
      )}
    </>
  )
}
