import { HistoryPanel } from './HistoryPanel'

export type { HistoryPanelProps } from './HistoryPanel'

/** The history panel, default-exported for `React.lazy(() => import('../history'))`. */
export default HistoryPanel
