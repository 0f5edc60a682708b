import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Lang } from '../../../cases/i18n/bilingual'
import { documentAllows, NEW_ITEM_BYTES } from '../sync/documentSize'
import { addSystem, addTie, removeSystem, removeTie } from './actions'
import { itemField, pick, sectionTitle } from './definition'
import type { EcomapT } from './i18n'
import { itemPath, type RemotePerson } from './interaction'
import { SystemEditor, TieEditor } from './ItemEditors'
import { ListItem } from './ListItem'
import type { EcomapSnapshot } from './model'
import { sourceName, systemName, tieName } from './names'
import { ReadOnlyItem } from './ReadOnlyItem'

interface Props {
  doc: Y.Doc
  awareness: Awareness
  snapshot: EcomapSnapshot
  lang: Lang
  t: EcomapT
  readOnly: boolean
  remote: Map<string, RemotePerson[]>
  announce: (message: string) => void
}

/** Focus the first input of a just-added item once React has rendered it. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus())

/**
 * The systems and ties as lists of fieldsets: every field with its label, selects, a checkbox and notes; add and
 * delete with named buttons. Works with a keyboard and a screen reader, and without dragging.
 */
export function ListEditor({ doc, awareness, snapshot, lang, t, readOnly, remote, announce }: Props) {
  // What every list item takes: its place in awareness, who is on it, and a delete that is announced.
  const item = (path: string, name: string, onDelete: () => void) => ({
    path,
    name,
    people: remote.get(path) ?? [],
    awareness,
    readOnly,
    onDelete: () => {
      onDelete()
      announce(t('removed', { name }))
    },
  })
  const newSystem = () => {
    if (!documentAllows(doc, NEW_ITEM_BYTES)) return
    const label = t('newSystem')
    const id = addSystem(doc, snapshot, label)
    announce(t('systemAdded', { name: label }))
    focusSoon(`ecomap-list-${id}-label`)
  }
  const newTie = () => {
    const used = new Set(snapshot.ties.map((tie) => tie.to))
    const target = snapshot.systems.find((s) => !used.has(s.id)) ?? snapshot.systems[0]
    if (!target || !documentAllows(doc, NEW_ITEM_BYTES)) return
    const id = addTie(doc, 'centre', target.id)
    announce(t('tieAdded', { name: tieName(snapshot, { from: 'centre', to: target.id }, t) }))
    focusSoon(`ecomap-list-${id}-from`)
  }

  return (
    <div className="ecomap-lists">
      <section aria-labelledby="ecomap-systems-title">
        <h4 id="ecomap-systems-title">{sectionTitle('systems', lang)}</h4>
        {snapshot.systems.length === 0 && <p className="muted">{t('noSystems')}</p>}
        <ul className="ecomap-list">
          {snapshot.systems.map((system) => {
            const name = system.label || t('unnamedSystem')
            return (
              <ListItem
                key={system.id}
                data={{ 'data-system-item': system.id }}
                {...item(itemPath('system', system.id), name, () => removeSystem(doc, system.id))}
                deleteLabel={t('deleteSystem', { name })}
              >
                {readOnly ? (
                  <ReadOnlyItem
                    item={system.item}
                    section="systems"
                    keys={['label', 'category', 'level', 'accessible', 'note']}
                    lang={lang}
                    t={t}
                  />
                ) : (
                  <SystemEditor system={system} lang={lang} t={t} scope="list" />
                )}
              </ListItem>
            )
          })}
        </ul>
        {!readOnly && (
          <button type="button" onClick={newSystem}>
            {t('addSystem')}
          </button>
        )}
      </section>

      <section aria-labelledby="ecomap-ties-title">
        <h4 id="ecomap-ties-title">{sectionTitle('ties', lang)}</h4>
        {snapshot.ties.length === 0 && <p className="muted">{t('noTies')}</p>}
        <ul className="ecomap-list">
          {snapshot.ties.map((tie) => {
            const name = tieName(snapshot, tie, t)
            return (
              <ListItem
                key={tie.id}
                data={{ 'data-tie-item': tie.id }}
                {...item(itemPath('tie', tie.id), name, () => removeTie(doc, tie.id))}
                deleteLabel={t('deleteTie', { name })}
              >
                {readOnly ? (
                  <ReadOnlyItem
                    item={tie.item}
                    section="ties"
                    keys={['strength', 'stressful', 'flow', 'note']}
                    extra={[
                      {
                        label: pick(itemField('ties', 'from').label, lang),
                        value: sourceName(snapshot, tie.from, t),
                      },
                      {
                        label: pick(itemField('ties', 'to').label, lang),
                        value: systemName(snapshot, tie.to, t),
                      },
                    ]}
                    lang={lang}
                    t={t}
                  />
                ) : (
                  <TieEditor tie={tie} snapshot={snapshot} lang={lang} t={t} scope="list" />
                )}
              </ListItem>
            )
          })}
        </ul>
        {snapshot.danglingTieIds.length > 0 && (
          <p className="help">
            {t('dangling', { count: snapshot.danglingTieIds.length })}{' '}
            {!readOnly && (
              <button
                type="button"
                onClick={() => snapshot.danglingTieIds.forEach((id) => removeTie(doc, id))}
              >
                {t('deleteDangling')}
              </button>
            )}
          </p>
        )}
        {!readOnly &&
          (snapshot.systems.length > 0 ? (
            <button type="button" onClick={newTie}>
              {t('addTie')}
            </button>
          ) : (
            <p className="muted">{t('needSystem')}</p>
          ))}
      </section>
    </div>
  )
}
