import type * as Y from 'yjs'
import type { Lang } from '../../../cases/i18n/bilingual'
import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { setValue } from './actions'
import { itemField, pick } from './definition'
import { ItemField } from './fields'
import type { EcomapT } from './i18n'
import type { EcomapSnapshot, SystemView, TieView } from './model'
import { useItemValue } from './useItemValue'

const SYSTEM_FIELDS = ['label', 'category', 'level', 'accessible', 'note'] as const
const TIE_FIELDS = ['strength', 'stressful', 'flow', 'note'] as const

interface Common {
  lang: Lang
  t: EcomapT
  /** Keeps DOM ids unique when the list and the inspector show the same item ("list", "inspector"). */
  scope: string
}

/** The item's fields of these keys, each an input bound to the item, with ids `<prefix>-<key>`. */
function Fields({
  item,
  section,
  keys,
  prefix,
  lang,
  t,
}: {
  item: Y.Map<unknown>
  section: 'systems' | 'ties'
  keys: readonly string[]
  prefix: string
  lang: Lang
  t: EcomapT
}) {
  return keys.map((key) => (
    <ItemField
      key={key}
      item={item}
      field={itemField(section, key)}
      id={`${prefix}-${key}`}
      lang={lang}
      t={t}
    />
  ))
}

/** Every field of a system (position under a fold: the drawing is the usual way to move it). */
export function SystemEditor({ system, lang, t, scope }: Common & { system: SystemView }) {
  const fields = {
    item: system.item,
    section: 'systems',
    prefix: `ecomap-${scope}-${system.id}`,
    lang,
    t,
  } as const
  return (
    <>
      <Fields keys={SYSTEM_FIELDS} {...fields} />
      <details className="ecomap-position">
        <summary>{t('position')}</summary>
        <div className="ecomap-row">
          <Fields keys={['x', 'y']} {...fields} />
        </div>
      </details>
    </>
  )
}

/** A select bound to a tie's `from` (the centre or a member) or `to` (a system). */
function EndSelect({
  tie,
  end,
  options,
  lang,
  scope,
}: Common & { tie: TieView; end: 'from' | 'to'; options: { value: string; label: string }[] }) {
  const value = useItemValue(tie.item, end)
  const id = `ecomap-${scope}-${tie.id}-${end}`
  return (
    <div className="ecomap-field">
      <label htmlFor={id} className="field-label">
        {pick(itemField('ties', end).label, lang)}
      </label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => setValue(tie.item, end, e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Every field of a tie: its two ends as selects, then strength, stressful, flow and note. */
export function TieEditor({
  tie,
  snapshot,
  lang,
  t,
  scope,
}: Common & { tie: TieView; snapshot: EcomapSnapshot }) {
  const sources = [
    {
      value: ECOMAP_CENTRE,
      label: snapshot.centreLabel ? `${t('centre')}: ${snapshot.centreLabel}` : t('centre'),
    },
    ...snapshot.members.map((m) => ({ value: m.id, label: m.name || t('unnamedMember') })),
  ]
  const systems = snapshot.systems.map((s) => ({ value: s.id, label: s.label || t('unnamedSystem') }))
  return (
    <>
      <div className="ecomap-row">
        <EndSelect tie={tie} end="from" options={sources} lang={lang} t={t} scope={scope} />
        <EndSelect tie={tie} end="to" options={systems} lang={lang} t={t} scope={scope} />
      </div>
      <Fields
        item={tie.item}
        section="ties"
        keys={TIE_FIELDS}
        prefix={`ecomap-${scope}-${tie.id}`}
        lang={lang}
        t={t}
      />
    </>
  )
}
