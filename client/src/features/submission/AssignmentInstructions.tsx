import { useTranslation } from 'react-i18next'
import type { AssignmentInstructions as Instructions } from '../../../../cases/contracts/confirmations'
import { useLang } from '../../i18n/useBilingual'

/** The lecturer's instructions, as plain text, in the reader's language with the other as fallback. */
export function AssignmentInstructions({ instructions }: { instructions?: Instructions }) {
  const { t } = useTranslation()
  const lang = useLang()
  const text = lang === 'en' ? instructions?.en || instructions?.id : instructions?.id || instructions?.en
  if (!text) return null
  return (
    <section className="notice assignment-instructions" data-testid="assignment-instructions">
      <h2>{t('submitCheck.instructions')}</h2>
      {/* A text node, never HTML: React escapes it; line breaks kept by CSS. */}
      <p className="preserve-lines">{text}</p>
    </section>
  )
}
