import type { AnalysisExport } from '../../../../cases/export/envelope'
import { findTemplate } from '../../../../cases/templates'
import { PrintTemplate } from './PrintTemplate'
// Its own styles travel with it: the history page shows a snapshot through this component without the print page.
import './print.css'

/** Every template of an export printed in the workspace's order (templates this build doesn't know are left out). */
export function PrintTemplates({ result }: { result: AnalysisExport }) {
  return result.workspace.templates.map((id) => {
    const template = findTemplate(id)
    if (!template) return null
    return (
      <PrintTemplate
        key={id}
        template={template}
        content={result.templates[id]}
        completion={result.completion[id]}
      />
    )
  })
}
