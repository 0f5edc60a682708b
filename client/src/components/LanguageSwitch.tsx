import { useTranslation } from 'react-i18next'
import { setLang } from '../i18n'
import { useLang } from '../i18n/useBilingual'

/** Toggle between Bahasa Indonesia and English; the choice is kept on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const lang = useLang()
  const next = lang === 'id' ? 'en' : 'id'
  return (
    <button type="button" className="link" onClick={() => void setLang(next)} lang={next}>
      {t('app.switchLanguage')}
    </button>
  )
}
