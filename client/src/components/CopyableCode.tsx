import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A code shown large, with a copy button that works on plain http (no async clipboard there):
 * it selects the text and uses execCommand('copy'); if that fails the text stays selected.
 */
export function CopyableCode({ code, label }: { code: string; label: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState(false)

  const copy = () => {
    const input = ref.current
    if (!input) return
    input.focus()
    input.select()
    let ok = false
    try {
      ok = document.execCommand('copy')
    } catch {
      ok = false
    }
    setCopied(ok)
  }

  return (
    <div className="code-box">
      <input
        ref={ref}
        className="code"
        readOnly
        value={code}
        aria-label={label}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={copy}>
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </div>
  )
}
