import { usePeople } from './presenceContext'

/** The teammates currently in this field, as small coloured name tags. */
export function FieldPresence({ path }: { path: string }) {
  const people = usePeople()
  const here = people.filter((p) => !p.self && p.field === path)
  if (here.length === 0) return null
  return (
    <span className="field-presence">
      {here.map((p) => (
        <span key={p.clientId} className="tag" style={{ background: p.color }}>
          {p.name}
        </span>
      ))}
    </span>
  )
}
