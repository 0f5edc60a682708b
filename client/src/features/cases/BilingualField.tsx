import type { Bilingual, Lang } from '../../../../cases/i18n/bilingual'
import { useCasesT } from './i18n'

interface Props {
  label: string
  value: Bilingual
  onChange(value: Bilingual): void
  maxLength: number
  /** Rows of a multi-line field; a one-line input when absent. */
  rows?: number
  required?: boolean
}

/** One text in both languages, side by side on wide screens and stacked on phones. */
export function BilingualField({ label, value, onChange, maxLength, rows, required = true }: Props) {
  const t = useCasesT()
  const input = (lang: Lang) => {
    const common = {
      value: value[lang],
      maxLength,
      required,
      lang,
      'aria-label': `${label} (${lang === 'id' ? t('langId') : t('langEn')})`,
    }
    const set = (text: string) => onChange({ ...value, [lang]: text })
    return rows ? (
      <textarea {...common} rows={rows} onChange={(e) => set(e.target.value)} />
    ) : (
      <input {...common} onChange={(e) => set(e.target.value)} />
    )
  }
  return (
    <fieldset className="bilingual">
      <legend>{label}</legend>
      <div className="bilingual-pair">
        <label className="field">
          <span className="muted small">{t('langId')}</span>
          {input('id')}
        </label>
        <label className="field">
          <span className="muted small">{t('langEn')}</span>
          {input('en')}
        </label>
      </div>
    </fieldset>
  )
}
