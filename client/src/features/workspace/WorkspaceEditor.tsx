import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { PublicUser, WorkspaceDetail } from '../../../../cases/contracts/http'
import { findTemplate } from '../../../../cases/templates'
import type { TemplateDef } from '../../../../cases/templates/types'
import { usePresence } from '../../sync/usePresence'
import { useSaveState } from '../../sync/useSaveState'
import { useWorkspaceSync, type WorkspaceSync } from '../../sync/useWorkspaceSync'
import { FormContext } from '../../templates/formContext'
import { PresenceContext } from '../../templates/presenceContext'
import { TemplateForm } from '../../templates/TemplateForm'
import { ClosedNotice } from './ClosedNotice'
import { PresenceBar } from './PresenceBar'
import { StateLine } from './StateLine'
import { TemplateSwitcher } from './TemplateSwitcher'
import { UndoButtons } from './UndoButtons'
import { useCompletion } from './useCompletion'

interface Props {
  workspace: WorkspaceDetail
  user: PublicUser
  back: string
}

/** Opens the live document and shows the state line, presence, undo/redo, the template switcher and one form. */
export function WorkspaceEditor({ workspace, user, back }: Props) {
  const { t } = useTranslation()
  const readOnly = workspace.access !== 'write'
  const sync = useWorkspaceSync({
    workspaceId: workspace.id,
    userId: user.id,
    userName: user.name,
    templateIds: workspace.templates,
    readOnly,
  })
  const templates = useMemo(
    () => workspace.templates.map(findTemplate).filter((tpl): tpl is TemplateDef => tpl !== undefined),
    [workspace.templates],
  )
  if (!sync) return <p className="muted">{t('common.loading')}</p>
  return <LiveForms sync={sync} templates={templates} readOnly={readOnly} back={back} />
}

function LiveForms({
  sync,
  templates,
  readOnly,
  back,
}: {
  sync: WorkspaceSync
  templates: TemplateDef[]
  readOnly: boolean
  back: string
}) {
  const { t } = useTranslation()
  const state = useSaveState(sync.tracker)
  const people = usePresence(sync.awareness)
  const context = useMemo(
    () => ({ doc: sync.doc, awareness: sync.awareness, undoManager: sync.undoManager, readOnly }),
    [sync, readOnly],
  )
  const completion = useCompletion(sync.doc, templates)
  // The shown template is in the address (?t=breton), so a reload or a shared link opens the same one.
  const [params, setParams] = useSearchParams()
  const current = templates.find((tpl) => tpl.id === params.get('t')) ?? templates[0]
  const select = (id: string) => setParams({ t: id }, { replace: true })

  return (
    <div className="workspace-form">
      <div className="workspace-bar">
        <StateLine state={state} readOnly={readOnly} />
        {sync.undoManager && <UndoButtons undoManager={sync.undoManager} />}
      </div>
      {state.closed && <ClosedNotice code={state.closed.code} back={back} />}
      {readOnly && <p className="notice">{t('workspace.readOnly')}</p>}
      {/* Above the presence bar, whose lines change as teammates move: the tabs stay put under one's finger. */}
      <TemplateSwitcher
        templates={templates}
        completion={completion}
        current={current?.id ?? ''}
        onSelect={select}
      />
      <PresenceBar people={people} templates={templates} />
      <FormContext.Provider value={context}>
        <PresenceContext.Provider value={people}>
          {current && <TemplateForm key={current.id} template={current} />}
        </PresenceContext.Provider>
      </FormContext.Provider>
    </div>
  )
}
