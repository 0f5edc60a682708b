import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { CollectionDef } from '../../../cases/templates/types'
import { addCollectionItem, removeCollectionItem } from '../../../cases/ydoc/collections'
import { removeEcomapMember, removeEcomapSystem } from '../../../cases/ydoc/ecomap'
import { useBilingual } from '../i18n/useBilingual'
import { documentAllows, NEW_ITEM_BYTES } from '../sync/documentSize'
import { LOCAL_ORIGIN } from '../sync/origins'
import { CollectionItemView } from './CollectionItemView'
import { useFormContext } from './formContext'
import { useCollectionItems } from './useCollectionItems'

interface Props {
  templateId: string
  sectionKey: string
  map: Y.Map<unknown>
  collection: CollectionDef
}

/**
 * A collection section (ecomap members, Breton's action plan, members' roles, …): its items in export order, each
 * editable with the usual field renderers, an add button named after the item and a remove button per item. Items
 * are only ever added and removed through the domain helpers, so ties to a removed ecomap member go with it.
 */
export function CollectionView({ templateId, sectionKey, map, collection }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { doc, undoManager, readOnly } = useFormContext()
  const items = useCollectionItems(map)
  const [added, setAdded] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const item = bi(collection.itemLabel)
  const itemLower = item.toLocaleLowerCase()

  // Each add or remove is an undo step of its own.
  const asStep = (change: () => void) => {
    undoManager?.stopCapturing()
    change()
    undoManager?.stopCapturing()
  }
  const add = () =>
    documentAllows(doc, NEW_ITEM_BYTES) &&
    asStep(() => {
      setAdded(addCollectionItem(doc, templateId, sectionKey, {}, LOCAL_ORIGIN))
      setStatus(t('form.itemAdded', { item }))
    })
  const remove = (id: string, name: string) =>
    asStep(() => {
      if (templateId === 'ecomap' && sectionKey === 'members') removeEcomapMember(doc, id, LOCAL_ORIGIN)
      else if (templateId === 'ecomap' && sectionKey === 'systems') removeEcomapSystem(doc, id, LOCAL_ORIGIN)
      else removeCollectionItem(doc, templateId, sectionKey, id, LOCAL_ORIGIN)
      setStatus(t('form.itemRemoved', { name }))
    })

  return (
    <div className="collection" data-collection={`${templateId}.${sectionKey}`}>
      {items.length === 0 && <p className="muted">{t('form.noItems', { item: itemLower })}</p>}
      {items.map((entry, index) => (
        <CollectionItemView
          key={entry.id}
          templateId={templateId}
          sectionKey={sectionKey}
          collection={collection}
          item={entry}
          index={index}
          focusOnMount={entry.id === added}
          onRemove={() => remove(entry.id, `${item} ${index + 1}`)}
        />
      ))}
      {!readOnly && (
        <button type="button" className="add-item" onClick={add}>
          {t('form.addItem', { item: itemLower })}
        </button>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
