import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { guardDocumentSize } from '../../sync/documentSize'

/** How long the notice stays after the last refused insert. */
const SHOWN_MS = 8_000

/**
 * Keeps the workspace document under its soft size limit while this is mounted (typing, pasting and adding items
 * past it are refused), and says so when an insert was refused. Without a known limit (an older server) it does
 * nothing.
 */
export function DocumentFullNotice({ doc, softLimitBytes }: { doc: Y.Doc; softLimitBytes?: number }) {
  const { t } = useTranslation()
  const [refusedAt, setRefusedAt] = useState<number | null>(null)

  useEffect(() => {
    if (!softLimitBytes) return
    const { guard, stop } = guardDocumentSize(doc, softLimitBytes)
    const off = guard.onRefused(() => setRefusedAt(Date.now()))
    return () => {
      off()
      stop()
    }
  }, [doc, softLimitBytes])

  useEffect(() => {
    if (refusedAt === null) return
    const timer = setTimeout(() => setRefusedAt(null), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [refusedAt])

  if (refusedAt === null) return null
  return (
    <p className="notice warn" role="alert" data-testid="document-full">
      {t('documentSize.full')}
    </p>
  )
}
