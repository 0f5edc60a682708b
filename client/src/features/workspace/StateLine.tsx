import { useTranslation } from 'react-i18next'
import { appShellAvailable } from '../../sync/appShell'
import type { SaveState } from '../../sync/saveTracker'

/**
 * How the page is open: a member editing, a member of submitted work, a member while the lecturer has paused the
 * live exercise (read-only until resumed), a member of an archived class (read-only until unarchived), or a
 * lecturer watching.
 */
export type WorkspaceMode = 'edit' | 'submitted' | 'paused' | 'archived' | 'viewer'

/** Edits on this device that the server has not stored: while submitted they are not part of the submission. */
export const holdsLocalEdits = (state: SaveState): boolean =>
  state.connection === 'online' && state.acked && !state.saved

function describe(state: SaveState, mode: WorkspaceMode, t: ReturnType<typeof useTranslation>['t']) {
  const online = state.connection === 'online'
  if (mode === 'submitted') {
    if (!online) return [t('state.offlineSubmitted'), 'warn']
    return holdsLocalEdits(state) ? [t('state.heldLocally'), 'warn'] : [t('state.submitted'), 'ok']
  }
  if (mode === 'archived') return online ? [t('state.archived'), 'ok'] : [t('state.offlineArchived'), 'warn']
  if (mode === 'paused') {
    if (!online) return [t('state.offlinePaused'), 'warn']
    return holdsLocalEdits(state) ? [t('state.pausedHeld'), 'warn'] : [t('state.paused'), 'warn']
  }
  if (online) {
    if (mode === 'viewer') return [t('state.onlineReadOnly'), 'ok']
    return state.saved ? [t('state.saved'), 'ok'] : [t('state.saving'), 'busy']
  }
  if (state.connection === 'connecting') return [t('state.connecting'), 'busy']
  if (mode === 'viewer') return [t('state.offlineReadOnly'), 'warn']
  // Without the app shell (plain http on a LAN) a reload would not come back while offline: say so.
  return [appShellAvailable() ? t('state.offline') : t('state.offlineKeepPage'), 'warn']
}

/** The truthful state line: online · saved / saving… / offline — kept on this device / submitted / paused. */
export function StateLine({ state, mode }: { state: SaveState; mode: WorkspaceMode }) {
  const { t } = useTranslation()
  const [text, tone] = describe(state, mode, t)
  return (
    <p
      className={`state-line ${tone}`}
      role="status"
      aria-live="polite"
      data-testid="state-line"
      data-mode={mode}
      data-state={`${state.connection}${state.saved ? '-saved' : ''}`}
    >
      {text}
    </p>
  )
}
