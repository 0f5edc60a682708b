import './ecomap.css'
import { EcomapEditor } from './EcomapEditor'
import { registerEcomapI18n } from './i18n'

export type { EcomapEditorProps } from './EcomapEditor'

// The editor's strings join i18next when this lazily loaded module is first imported.
registerEcomapI18n()

/** The ecomap editor, default-exported for `React.lazy(() => import('../../ecomap'))`. */
export default EcomapEditor
