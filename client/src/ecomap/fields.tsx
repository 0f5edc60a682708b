import { useEffect, useRef, useState } from 'react'
import * as Y from 'yjs'
import type { Lang } from '../../../cases/i18n/bilingual'
import type { FieldDef } from '../../../cases/templates/types'
import { documentAllows, utf8Bytes } from '../sync/documentSize'
import { applyTextDiff, setValue, textDiff } from './actions'
import { pick } from './definition'
import type { EcomapT } from './i18n'
import { useItemValue } from './useItemValue'
import { inBrackets } from '../templates/citation'

interface FieldProps {
  item: Y.Map<unknown>
  field: FieldDef
  /** DOM id of the input (its label points at it). */
  id: string
  lang: Lang
  t: EcomapT
}

/** Label and help of a field, from the definition. */
function Label({ field, id, lang }: { field: FieldDef; id: string; lang: Lang }) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {pick(field.label, lang)}
      </label>
      {field.help && (
        <small className="help" id={`${id}-help`}>
          {pick(field.help, lang)}
          {field.citation && ` ${inBrackets(field.citation)}`}
        </small>
      )}
    </>
  )
}

/** One item field with the input for its kind: string, choice, boolean, number, or a note bound to its Y.Text. */
export function ItemField({ item, field, id, lang, t }: FieldProps) {
  const value = useItemValue(item, field.key)
  const described = field.help ? `${id}-help` : undefined
  let input: React.ReactNode = null
  if (field.kind === 'string') {
    input = (
      <input
        id={id}
        type="text"
        maxLength={field.maxLength}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={described}
        onChange={(e) => setValue(item, field.key, e.target.value)}
      />
    )
  } else if (field.kind === 'choice') {
    input = (
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={described}
        onChange={(e) => setValue(item, field.key, e.target.value || null)}
      >
        <option value="">{t('choose')}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {pick(o.label, lang)}
          </option>
        ))}
      </select>
    )
  } else if (field.kind === 'boolean') {
    return (
      <div className="ecomap-field ecomap-check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-describedby={described}
          onChange={(e) => setValue(item, field.key, e.target.checked)}
        />
        <Label field={field} id={id} lang={lang} />
      </div>
    )
  } else if (field.kind === 'number') {
    input = (
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={field.max}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => {
          const n = e.target.valueAsNumber
          setValue(item, field.key, Number.isFinite(n) ? n : null)
        }}
      />
    )
  } else if (field.kind === 'text' && value instanceof Y.Text) {
    input = <NoteArea ytext={value} id={id} described={described} />
  }
  return (
    <div className="ecomap-field">
      <Label field={field} id={id} lang={lang} />
      {input}
    </div>
  )
}

/**
 * A textarea bound to a Y.Text: one's typing goes in as a diff (so a teammate's concurrent typing survives), and a
 * teammate's change updates the text while keeping one's caret where it was relative to the text around it.
 */
function NoteArea({ ytext, id, described }: { ytext: Y.Text; id: string; described: string | undefined }) {
  const [text, setText] = useState(() => ytext.toString())
  const area = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    const observer = (event: Y.YTextEvent) => {
      const el = area.current
      const next = ytext.toString()
      if (el && document.activeElement === el && !event.transaction.local) {
        const shift = (pos: number) => {
          let index = 0
          let moved = pos
          for (const op of event.delta) {
            // `index` walks the text as it was before the change, where `pos` was measured.
            if (op.retain) index += op.retain
            else if (typeof op.insert === 'string') {
              if (index <= pos) moved += op.insert.length
            } else if (op.delete) {
              if (index < pos) moved -= Math.min(op.delete, pos - index)
              index += op.delete
            }
          }
          return moved
        }
        const [start, end] = [shift(el.selectionStart), shift(el.selectionEnd)]
        setText(next)
        requestAnimationFrame(() => el.setSelectionRange(start, end))
      } else {
        setText(next)
      }
    }
    ytext.observe(observer)
    return () => ytext.unobserve(observer)
  }, [ytext])
  return (
    <textarea
      id={id}
      ref={area}
      rows={3}
      value={text}
      aria-describedby={described}
      onChange={(e) => {
        const { inserted } = textDiff(text, e.target.value)
        if (inserted && !documentAllows(ytext.doc, utf8Bytes(inserted))) return
        setText(e.target.value)
        applyTextDiff(ytext, e.target.value)
      }}
    />
  )
}
