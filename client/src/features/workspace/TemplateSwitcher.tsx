import { useTranslation } from 'react-i18next'
import type { TemplateDef } from '../../../../cases/templates/types'
import { useBilingual } from '../../i18n/useBilingual'
import { overall, type CompletionById } from './useCompletion'

interface Props {
  templates: readonly TemplateDef[]
  completion: CompletionById
  current: string
  onSelect(templateId: string): void
}

const percent = (filled: number, total: number) => (total === 0 ? 0 : Math.round((filled / total) * 100))

/**
 * Which template the form shows, with each one's completion (filled / total) and the overall progress. Tabs that wrap
 * on wider screens; a select on phones (CSS decides which one is displayed).
 */
export function TemplateSwitcher({ templates, completion, current, onSelect }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const all = overall(completion)
  const count = (id: string) => {
    const c = completion[id]
    return c ? t('workspace.filled', { filled: c.filled, total: c.total }) : ''
  }

  return (
    <div className="template-switcher" data-testid="template-switcher">
      <p className="progress-line" data-testid="progress">
        <span>
          {t('workspace.progress', {
            filled: all.filled,
            total: all.total,
            percent: percent(all.filled, all.total),
          })}
        </span>
        <progress max={all.total || 1} value={all.filled} aria-hidden="true" />
      </p>
      {templates.length > 1 && (
        <>
          <nav className="template-tabs" aria-label={t('workspace.templates')}>
            {templates.map((template) => (
              <button
                key={template.id}
                type="button"
                className="template-tab"
                aria-pressed={template.id === current}
                data-template-tab={template.id}
                onClick={() => onSelect(template.id)}
              >
                <span>{bi(template.title)}</span> <small className="count">{count(template.id)}</small>
              </button>
            ))}
          </nav>
          <label className="template-select">
            <span>{t('workspace.templates')}</span>
            <select value={current} onChange={(e) => onSelect(e.target.value)}>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {count(template.id)} · {bi(template.title)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  )
}
