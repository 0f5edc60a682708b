import { useTranslation } from 'react-i18next'
import type { SaveState } from '../../sync/saveTracker'

/** The truthful state line: online · saved / saving… / offline — kept on this device. */
export function StateLine({ state, readOnly }: { state: SaveState; readOnly: boolean }) {
  const { t } = useTranslation()
  let text: string
  let tone: string
  if (state.connection === 'online') {
    if (readOnly) [text, tone] = [t('state.onlineReadOnly'), 'ok']
    else if (state.saved) [text, tone] = [t('state.saved'), 'ok']
    else [text, tone] = [t('state.saving'), 'busy']
  } else if (state.connection === 'connecting') [text, tone] = [t('state.connecting'), 'busy']
  else [text, tone] = [readOnly ? t('state.offlineReadOnly') : t('state.offline'), 'warn']

  return (
    <p
      className={`state-line ${tone}`}
      role="status"
      aria-live="polite"
      data-testid="state-line"
      data-state={`${state.connection}${state.saved ? '-saved' : ''}`}
    >
      {text}
    </p>
  )
}
