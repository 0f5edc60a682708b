import { useTranslation } from 'react-i18next'
import type { TemplateDef } from '../../../../cases/templates/types'
import { useBilingual } from '../../i18n/useBilingual'
import type { Presence } from '../../sync/usePresence'

/** Label of an awareness field path ("templateId.section.field") in the current language. */
function useFieldLabel(templates: TemplateDef[]) {
  const bi = useBilingual()
  return (path: string | null): string | null => {
    if (!path) return null
    // "template.section.field", or "template.section.itemId[.field]" inside a collection's item.
    const [templateId, sectionKey, third, fourth] = path.split('.')
    const section = templates.find((tpl) => tpl.id === templateId)?.sections.find((s) => s.key === sectionKey)
    if (!section) return null
    const fields = section.collection ? section.collection.itemFields : section.fields
    const field = fields.find((f) => f.key === (section.collection ? fourth : third))
    return field ? `${bi(field.label)} (${bi(section.title)})` : bi(section.title)
  }
}

/** Who is in the workspace now, and which field each person is in. */
export function PresenceBar({ people, templates }: { people: Presence[]; templates: TemplateDef[] }) {
  const { t } = useTranslation()
  const fieldLabel = useFieldLabel(templates)
  return (
    <div
      // Alone, the bar only says "you are here": a phone gives its line to the form instead (CSS).
      className={people.every((p) => p.self) ? 'presence presence-alone' : 'presence'}
      aria-label={t('presence.title')}
      data-testid="presence"
    >
      <span className="muted">{t('presence.here')}</span>
      <ul>
        {people.map((p) => {
          // One's own field is not repeated: it would reflow the bar on every focus change.
          const where = p.self ? null : fieldLabel(p.field)
          return (
            <li key={p.clientId}>
              <span className="dot" style={{ background: p.color }} aria-hidden="true" />
              {p.self ? t('presence.you', { name: p.name }) : p.name}
              {where && <span className="muted"> — {where}</span>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
