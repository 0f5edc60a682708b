import { standaloneSvg } from './svgText'

/**
 * The drawing as a standalone SVG file: a copy of the element without what only the live editor shows (selection,
 * teammates' presence, invisible hit areas — marked `data-export="skip"`).
 */
export function serializeDrawing(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  for (const node of copy.querySelectorAll('[data-export="skip"]')) node.remove()
  // On a phone the page shows the map without its legend strip; the file always has the whole drawing.
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return standaloneSvg(new XMLSerializer().serializeToString(copy), width, height)
}

/** Offer a blob as a file download through a temporary blob URL and `<a download>` (works on plain http too). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started by the next task; the URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Render SVG text into a PNG at `scale` × its size, on a white background (an Image from a blob URL, then a canvas). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('the SVG did not load as an image'))
    })
    image.src = url
    await loaded
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
