import { useRef, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Lang } from '../../../cases/i18n/bilingual'
import { documentAllows, NEW_ITEM_BYTES } from '../sync/documentSize'
import { addSystem, addTie } from './actions'
import { Drawing } from './Drawing'
import { ExportButtons } from './ExportButtons'
import { LegendList } from './Legend'
import { useEcomapT } from './i18n'
import { Inspector } from './Inspector'
import type { ConnectState, Selection } from './interaction'
import { ListEditor } from './ListEditor'
import { sourceName, tieName } from './names'
import { useEcomap } from './useEcomap'
import { useRemote, useShareSelection } from './useRemote'
import { useWide } from './useWide'

/** What the workspace passes to the ecomap editor. */
export interface EcomapEditorProps {
  doc: Y.Doc
  awareness: Awareness
  readOnly: boolean
  lang: Lang
  /** The map's date to show; defaults to the document's `ecomap.centre.mapDate`. */
  mapDate?: string
}

type View = 'drawing' | 'list' | 'both'

/**
 * The ecomap's visual editor (SVG drawing with drag, connect, inspector and export) and its accessible list editor,
 * over the workspace's live document. Lazily loaded: `React.lazy(() => import('../../ecomap'))`.
 */
export function EcomapEditor({ doc, awareness, readOnly, lang, mapDate }: EcomapEditorProps) {
  const t = useEcomapT(lang)
  const snapshot = useEcomap(doc)
  const remote = useRemote(awareness)
  const wide = useWide()
  const svg = useRef<SVGSVGElement>(null)
  const [chosenView, setView] = useState<View | null>(null)
  const [picked, setSelection] = useState<Selection>(null)
  const [connect, setConnect] = useState<ConnectState>(null)
  const [status, setStatus] = useState('')
  const view: View = chosenView === 'both' && !wide ? 'drawing' : (chosenView ?? (wide ? 'both' : 'drawing'))
  const exists =
    picked?.kind === 'system'
      ? snapshot.systems.some((s) => s.id === picked.id)
      : picked?.kind === 'tie' && snapshot.ties.some((x) => x.id === picked.id)
  // A teammate may delete what one has selected; the selection then simply ends.
  const selection = exists && !readOnly ? picked : null
  useShareSelection(awareness, selection, readOnly)
  const date = mapDate || snapshot.mapDate
  const dateText = date ? t('mapDate', { date }) : t('noDate')
  const ready = snapshot.systemsMap !== null && snapshot.tiesMap !== null

  const startConnect = () => {
    setSelection(null)
    setConnect(connect ? null : { from: null })
    setStatus(connect ? '' : t('connectPickSource'))
  }
  const cancelConnect = () => {
    setConnect(null)
    setStatus('')
  }
  const pickSource = (from: string) => {
    setConnect({ from })
    setStatus(t('connectPickSystem', { from: sourceName(snapshot, from, t) }))
  }
  const pickSystem = (to: string) => {
    if (!connect?.from) return
    const from = connect.from
    setConnect(null)
    // The same two ends once more: select the tie that is there rather than draw a second one on top of it.
    const existing = snapshot.ties.find((tie) => tie.from === from && tie.to === to)
    if (existing) {
      setSelection({ kind: 'tie', id: existing.id })
      setStatus(t('tieExists', { name: tieName(snapshot, existing, t) }))
      return
    }
    if (!documentAllows(doc, NEW_ITEM_BYTES)) return
    const id = addTie(doc, from, to)
    setSelection({ kind: 'tie', id })
    setStatus(t('tieAdded', { name: tieName(snapshot, { from, to }, t) }))
  }
  const newSystem = () => {
    if (!documentAllows(doc, NEW_ITEM_BYTES)) return
    const label = t('newSystem')
    const id = addSystem(doc, snapshot, label)
    setConnect(null)
    setSelection({ kind: 'system', id })
    setStatus(t('systemAdded', { name: label }))
  }

  const views: View[] = wide ? ['drawing', 'list', 'both'] : ['drawing', 'list']
  const viewKey = { drawing: 'viewDrawing', list: 'viewList', both: 'viewBoth' } as const
  return (
    <div
      className={`ecomap-editor ecomap-view-${view}`}
      role="region"
      aria-label={t('region')}
      data-testid="ecomap"
      onKeyDown={(e) => {
        // Escape leaves connect mode, then closes the inspector.
        if (e.key !== 'Escape' || (!connect && !selection)) return
        if (connect) cancelConnect()
        else setSelection(null)
      }}
    >
      <div className="ecomap-toolbar" role="group" aria-label={t('viewLabel')}>
        {views.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(viewKey[v])}
          </button>
        ))}
      </div>
      <p className="ecomap-status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="ecomap-panes">
        {view !== 'list' && (
          <div className="ecomap-drawing-pane">
            {!readOnly && ready && (
              <div className="ecomap-toolbar">
                <button type="button" onClick={newSystem}>
                  {t('addSystem')}
                </button>
                <button type="button" aria-pressed={connect !== null} onClick={startConnect}>
                  {connect ? t('connectCancel') : t('connect')}
                </button>
              </div>
            )}
            {!readOnly && <p className="help">{t('dragHint')}</p>}
            <Drawing
              snapshot={snapshot}
              svg={svg}
              lang={lang}
              t={t}
              readOnly={readOnly}
              selection={selection}
              connect={connect}
              remote={remote}
              dateText={dateText}
              compact={!wide}
              tieName={(tie) => tieName(snapshot, tie, t)}
              onSelect={setSelection}
              onPickSource={pickSource}
              onPickSystem={pickSystem}
            />
            {!wide && <LegendList t={t} dateText={dateText} />}
            <div className="ecomap-toolbar">
              <ExportButtons svg={svg} t={t} centre={snapshot.centreLabel} date={date} />
            </div>
            {selection && (
              <Inspector
                doc={doc}
                snapshot={snapshot}
                selection={selection}
                lang={lang}
                t={t}
                onClose={() => setSelection(null)}
                announce={setStatus}
              />
            )}
          </div>
        )}
        {view !== 'drawing' && ready && (
          <ListEditor
            doc={doc}
            awareness={awareness}
            snapshot={snapshot}
            lang={lang}
            t={t}
            readOnly={readOnly}
            remote={remote}
            announce={setStatus}
          />
        )}
      </div>
    </div>
  )
}
