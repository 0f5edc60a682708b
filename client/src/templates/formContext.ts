import { createContext, useContext } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'

/** What every field renderer needs from the open workspace. */
export interface FormContextValue {
  doc: Y.Doc
  awareness: Awareness
  undoManager: Y.UndoManager | null
  readOnly: boolean
}

/** Provided by the workspace page around the template forms. */
export const FormContext = createContext<FormContextValue | null>(null)

/** The open workspace, for field renderers. */
export function useFormContext(): FormContextValue {
  const value = useContext(FormContext)
  if (!value) throw new Error('useFormContext outside FormContext')
  return value
}

/** Awareness `field` value and DOM id of a field: "templateId.sectionKey.fieldKey". */
export const fieldPath = (templateId: string, sectionKey: string, fieldKey: string) =>
  `${templateId}.${sectionKey}.${fieldKey}`
