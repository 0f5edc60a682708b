import type { Lang } from '../../../cases/i18n/bilingual'
import type { FieldDef } from '../../../cases/templates/types'
import { readField } from '../../../cases/ydoc/read'
import { itemField, pick } from './definition'
import type { EcomapT } from './i18n'
import { useCallback, useSyncExternalStore } from 'react'
import * as Y from 'yjs'

/** A field's value as text for reading: an option's label, yes/no, or "not filled in". */
function shown(item: Y.Map<unknown>, field: FieldDef, lang: Lang, t: EcomapT): string {
  const value = readField(item, field)
  if (value === null || value === '') return t('empty')
  if (field.kind === 'choice') return pick(field.options.find((o) => o.value === value)?.label, lang)
  if (typeof value === 'boolean') return value ? t('yes') : t('no')
  return String(value)
}

/** A Y.Text's content, kept current as teammates type (the editor's snapshot leaves texts out). */
function LiveText({ ytext, empty }: { ytext: Y.Text; empty: string }) {
  const subscribe = useCallback(
    (onChange: () => void) => {
      ytext.observe(onChange)
      return () => ytext.unobserve(onChange)
    },
    [ytext],
  )
  const text = useSyncExternalStore(subscribe, () => ytext.toString())
  return text.trim() ? text : empty
}

/** An item's fields as a description list, for read-only viewers (no inputs at all). */
export function ReadOnlyItem({
  item,
  section,
  keys,
  extra = [],
  lang,
  t,
}: {
  item: Y.Map<unknown>
  section: 'systems' | 'ties'
  keys: readonly string[]
  /** Rows computed by the caller (a tie's ends by name). */
  extra?: { label: string; value: React.ReactNode }[]
  lang: Lang
  t: EcomapT
}) {
  const rows = [
    ...extra,
    ...keys.map((key) => {
      const field = itemField(section, key)
      const raw = item.get(key)
      const value: React.ReactNode =
        field.kind === 'text' && raw instanceof Y.Text ? (
          <LiveText ytext={raw} empty={t('empty')} />
        ) : (
          shown(item, field, lang, t)
        )
      return { label: pick(field.label, lang), value }
    }),
  ]
  return (
    <dl className="ecomap-readonly">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
