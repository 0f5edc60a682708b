import { CASE_LIMITS } from '../../../../cases/contracts/caseLimits'
import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { BilingualField } from './BilingualField'
import { isBlank } from './draft'
import { useCasesT } from './i18n'

interface Props {
  value: Bilingual[]
  onChange(prompts: Bilingual[]): void
}

/** The discussion prompts: each bilingual (a blank one is dropped, a half-filled one must be completed). */
export function PromptsEditor({ value, onChange }: Props) {
  const t = useCasesT()
  const replace = (index: number, prompt: Bilingual) =>
    onChange(value.map((p, i) => (i === index ? prompt : p)))
  return (
    <fieldset>
      <legend>{t('promptsHeading')}</legend>
      {value.length === 0 && <p className="muted">{t('noPrompts')}</p>}
      {value.map((prompt, index) => (
        <div key={index} className="prompt-row">
          <BilingualField
            label={t('fieldPrompt', { n: index + 1 })}
            value={prompt}
            onChange={(p) => replace(index, p)}
            maxLength={CASE_LIMITS.prompt}
            rows={2}
            required={!isBlank(prompt)}
          />
          <button type="button" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('removePrompt', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={value.length >= CASE_LIMITS.prompts}
        onClick={() => onChange([...value, { id: '', en: '' }])}
      >
        {t('addPrompt')}
      </button>
    </fieldset>
  )
}
