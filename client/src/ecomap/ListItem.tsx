import type { FocusEvent, ReactNode } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { RemotePerson } from './interaction'

interface Props {
  /** The item's data attribute, e.g. `{ 'data-tie-item': id }`. */
  data: Record<`data-${string}`, string>
  /** Awareness `field` of the item (itemPath). */
  path: string
  name: string
  /** Teammates on this item. */
  people: RemotePerson[]
  awareness: Awareness
  readOnly: boolean
  deleteLabel: string
  onDelete: () => void
  /** The item's fields: editors, or their read-only view. */
  children: ReactNode
}

/** Teammates on an item, as name tags. */
function Tags({ people }: { people: RemotePerson[] }) {
  return people.map((p) => (
    <span key={p.clientId} className="tag" style={{ background: p.color }}>
      {p.name}
    </span>
  ))
}

/**
 * One system or tie of the list editor: a fieldset named by the item and who else is on it, its fields and (when
 * editable) a named delete button. While focus is inside, the awareness says which item this person is on.
 */
export function ListItem({
  data,
  path,
  name,
  people,
  awareness,
  readOnly,
  deleteLabel,
  onDelete,
  children,
}: Props) {
  const focus = readOnly
    ? {}
    : {
        onFocus: () => awareness.setLocalStateField('field', path),
        onBlur: (e: FocusEvent<HTMLFieldSetElement>) => {
          if (e.currentTarget.contains(e.relatedTarget as Node | null)) return
          if (awareness.getLocalState()?.field === path) awareness.setLocalStateField('field', null)
        },
      }
  return (
    <li {...data}>
      <fieldset {...focus}>
        <legend>
          {name} <Tags people={people} />
        </legend>
        {children}
        {!readOnly && (
          <button type="button" className="danger" onClick={onDelete}>
            {deleteLabel}
          </button>
        )}
      </fieldset>
    </li>
  )
}
