import { useEffect, useState } from 'react'

/** The CSS variable the workspace's sticky state bar reads to sit just below the banner instead of under it. */
export const BANNER_HEIGHT_VAR = '--exercise-banner-height'

// Two thresholds, so the banner's own change of height near the top cannot flip it back and forth.
const COMPACT_BELOW = 80
const FULL_ABOVE = 20

/**
 * For the sticky exercise banner: a callback ref whose element's height is published as `--exercise-banner-height`
 * on the root while it is mounted, and whether the page is scrolled (the banner then folds into one line).
 */
export function useStickyBanner(): [(element: HTMLElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [compact, setCompact] = useState(() => window.scrollY > COMPACT_BELOW)

  useEffect(() => {
    const onScroll = () =>
      setCompact((was) => (was ? window.scrollY > FULL_ABOVE : window.scrollY > COMPACT_BELOW))
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => window.removeEventListener('scroll', onScroll)
  }, [])

  useEffect(() => {
    const root = document.documentElement
    if (!element) return
    const publish = () => root.style.setProperty(BANNER_HEIGHT_VAR, `${element.offsetHeight}px`)
    publish()
    const observer = new ResizeObserver(publish)
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty(BANNER_HEIGHT_VAR)
    }
  }, [element])

  return [setElement, compact]
}
