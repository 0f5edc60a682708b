import * as Y from 'yjs'

/** Template id → member id → characters of text still present that the member wrote. */
export type TextPresence = Map<string, Map<string, number>>

type AnyType = Y.AbstractType<unknown>

/**
 * Count, per template and member, the characters still present in every Y.Text of the templates: each live
 * string item belongs to whoever owns the Yjs client id that wrote it. Text by unbound client ids (the
 * server's own defaults) is left out. Walks the whole document: run on demand, never per update.
 */
export function textPresence(
  doc: Y.Doc,
  templateIds: readonly string[],
  ownerOf: (clientId: number) => string | undefined,
): TextPresence {
  const presence: TextPresence = new Map()
  for (const templateId of templateIds) {
    const root = doc.share.get(templateId)
    if (!root) continue
    const counts = new Map<string, number>()
    const add = (item: Y.Item) => {
      const owner = ownerOf(item.id.client)
      if (owner !== undefined) counts.set(owner, (counts.get(owner) ?? 0) + item.length)
    }
    const visit = (type: AnyType): void => {
      for (const item of type._map.values()) {
        if (!item.deleted && item.content instanceof Y.ContentType) visit(item.content.type as AnyType)
      }
      for (let item = type._start; item; item = item.right) {
        if (item.deleted) continue
        if (item.content instanceof Y.ContentString) add(item)
        else if (item.content instanceof Y.ContentType) visit(item.content.type as AnyType)
      }
    }
    visit(root as AnyType)
    presence.set(templateId, counts)
  }
  return presence
}
