import type * as Y from 'yjs'
import type { Lang } from '../../../cases/i18n/bilingual'
import { FieldCommentButton } from '../templates/FieldCommentButton'
import { removeSystem, removeTie } from './actions'
import type { EcomapT } from './i18n'
import type { Selection } from './interaction'
import { SystemEditor, TieEditor } from './ItemEditors'
import type { EcomapSnapshot } from './model'
import { tieName } from './names'

interface Props {
  doc: Y.Doc
  snapshot: EcomapSnapshot
  selection: Selection
  lang: Lang
  t: EcomapT
  onClose: () => void
  announce: (message: string) => void
}

/** The selected system's or tie's fields, under the drawing, with delete and close. */
export function Inspector({ doc, snapshot, selection, lang, t, onClose, announce }: Props) {
  const system =
    selection?.kind === 'system' ? snapshot.systems.find((s) => s.id === selection.id) : undefined
  const tie = selection?.kind === 'tie' ? snapshot.ties.find((x) => x.id === selection.id) : undefined
  if (!system && !tie) return null
  const name = system ? system.label || t('unnamedSystem') : tie ? tieName(snapshot, tie, t) : ''
  const remove = () => {
    if (system) removeSystem(doc, system.id)
    else if (tie) removeTie(doc, tie.id)
    announce(t('removed', { name }))
    onClose()
  }
  return (
    <section
      className="ecomap-inspector"
      aria-labelledby="ecomap-inspector-title"
      data-testid="ecomap-inspector"
    >
      <h4 id="ecomap-inspector-title">
        {system ? t('inspectorSystem', { name }) : t('inspectorTie', { name })}
      </h4>
      {system && <SystemEditor system={system} lang={lang} t={t} scope="inspector" />}
      {tie && <TieEditor tie={tie} snapshot={snapshot} lang={lang} t={t} scope="inspector" />}
      <div className="ecomap-toolbar">
        <button type="button" className="danger" onClick={remove}>
          {system ? t('deleteSystem', { name }) : t('deleteTie', { name })}
        </button>
        <button type="button" onClick={onClose}>
          {t('closeInspector')}
        </button>
        <ItemComment itemId={system?.id ?? tie?.id ?? ''} section={system ? 'systems' : 'ties'} />
      </div>
    </section>
  )
}

/** A comment on the selected system or tie (anchor `{templateId:'ecomap', path:[section, id], itemId: id}`). */
function ItemComment({ itemId, section }: { itemId: string; section: 'systems' | 'ties' }) {
  return (
    <FieldCommentButton
      templateId="ecomap"
      anchorPath={[section, itemId]}
      itemId={itemId}
      path={`ecomap.${section}.${itemId}`}
    />
  )
}
