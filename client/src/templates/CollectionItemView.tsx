import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionDef, FieldDef } from '../../../cases/templates/types'
import { ConfirmButton } from '../components/ConfirmButton'
import { useBilingual } from '../i18n/useBilingual'
import { FieldView } from './FieldView'
import { useFormContext } from './formContext'
import { showWhen } from './itemRules'
import type { CollectionItem } from './useCollectionItems'
import { useYMapValue } from './useYMapValue'

interface Props {
  templateId: string
  sectionKey: string
  collection: CollectionDef
  item: CollectionItem
  index: number
  /** Focus the item when it appears (the one just added here). */
  focusOnMount: boolean
  onRemove(): void
}

/** Awareness path of an item field: "templateId.sectionKey.itemId.fieldKey". */
export const itemFieldPath = (templateId: string, sectionKey: string, itemId: string, fieldKey: string) =>
  `${templateId}.${sectionKey}.${itemId}.${fieldKey}`

/** The item's name for its legend and buttons: its first short-text field when filled, else "Action 2". */
function useItemName(collection: CollectionDef, item: CollectionItem, index: number): string {
  const bi = useBilingual()
  const nameField = collection.itemFields.find((f) => f.kind === 'string')
  const raw = useYMapValue(item.map, nameField?.key ?? '')
  const numbered = `${bi(collection.itemLabel)} ${index + 1}`
  return typeof raw === 'string' && raw.trim() ? `${numbered}: ${raw.trim()}` : numbered
}

/** A field shown only in some states of its item (Breton's reflection once the action is done). */
function ItemField({
  templateId,
  sectionKey,
  item,
  field,
}: Pick<Props, 'templateId' | 'sectionKey' | 'item'> & { field: FieldDef }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const rule = showWhen(templateId, sectionKey, field)
  const trigger = useYMapValue(item.map, rule?.field ?? '')
  if (rule && trigger !== rule.equals) {
    return <p className="help muted">{t('form.shownLater', { field: bi(field.label) })}</p>
  }
  return (
    <FieldView
      templateId={templateId}
      sectionKey={sectionKey}
      section={item.map}
      field={field}
      path={itemFieldPath(templateId, sectionKey, item.id, field.key)}
      commentPath={[sectionKey, item.id, field.key]}
    />
  )
}

/** One item of a collection: a fieldset named after the item, every item field, and a remove button that asks first. */
export function CollectionItemView({
  templateId,
  sectionKey,
  collection,
  item,
  index,
  focusOnMount,
  onRemove,
}: Props) {
  const { t } = useTranslation()
  const { readOnly } = useFormContext()
  const name = useItemName(collection, item, index)
  const legend = useRef<HTMLLegendElement>(null)
  useEffect(() => {
    if (focusOnMount) legend.current?.focus()
  }, [focusOnMount])

  return (
    <fieldset className="collection-item" data-item-id={item.id}>
      <legend ref={legend} tabIndex={-1}>
        {name}
      </legend>
      {collection.itemFields.map((field) => (
        <ItemField
          key={field.key}
          templateId={templateId}
          sectionKey={sectionKey}
          item={item}
          field={field}
        />
      ))}
      {!readOnly && (
        <div className="item-actions">
          <ConfirmButton question={t('form.removeItemQuestion', { name })} onConfirm={onRemove}>
            {t('form.removeItem', { name })}
          </ConfirmButton>
        </div>
      )}
    </fieldset>
  )
}
