const PALETTE = ['#1b6ac9', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0f766e', '#a16207', '#4338ca']

/** A stable caret colour for a user id (6-digit hex), with a light variant for selections. */
export function userColor(userId: string): { color: string; colorLight: string } {
  let hash = 0
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) | 0
  const color = PALETTE[Math.abs(hash) % PALETTE.length] ?? '#1b6ac9'
  return { color, colorLight: `${color}33` }
}
