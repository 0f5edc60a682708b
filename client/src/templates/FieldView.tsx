import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import type { FieldDef } from '../../../cases/templates/types'
import { useBilingual } from '../i18n/useBilingual'
import { BooleanInput } from './BooleanInput'
import { ChoiceInput } from './ChoiceInput'
import { FieldCommentButton } from './FieldCommentButton'
import { FieldPresence } from './FieldPresence'
import { fieldPath } from './formContext'
import { MultiChoiceInput } from './MultiChoiceInput'
import { ScalarInput } from './ScalarInput'
import { TextEditor } from './TextEditor'
import { useYMapValue } from './useYMapValue'
import { inBrackets } from './citation'

interface Props {
  templateId: string
  sectionKey: string
  section: Y.Map<unknown>
  field: FieldDef
  /** Awareness path and DOM id; by default "templateId.sectionKey.fieldKey" (items pass their own). */
  path?: string
  /** The comment anchor's path; by default [sectionKey, fieldKey] (items pass [sectionKey, itemId, fieldKey]). */
  commentPath?: string[]
}

/** One field of a template: label, help, who is in it, and the input for its kind. */
export function FieldView({ templateId, sectionKey, section, field, path: given, commentPath }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const path = given ?? fieldPath(templateId, sectionKey, field.key)
  const value = useYMapValue(section, field.key)

  let input: React.ReactNode = <p className="muted">{t('form.notReady')}</p>
  if (field.kind === 'text' && value instanceof Y.Text) {
    input = <TextEditor ytext={value} path={path} label={bi(field.label)} placeholder={t('form.typeHere')} />
  } else if (field.kind === 'multiChoice' && value instanceof Y.Map) {
    input = <MultiChoiceInput chosen={value as Y.Map<unknown>} field={field} path={path} />
  } else if (field.kind === 'choice') {
    input = <ChoiceInput section={section} field={field} path={path} />
  } else if (field.kind === 'boolean') {
    input = <BooleanInput section={section} field={field} path={path} />
  } else if (field.kind === 'number' || field.kind === 'date' || field.kind === 'string') {
    input = <ScalarInput section={section} field={field} path={path} />
  }

  return (
    <div className="form-field" data-field-path={path}>
      <div className="field-head">
        <label htmlFor={path} className="field-label">
          {bi(field.label)}
        </label>
        <FieldPresence path={path} />
        {(commentPath || given === undefined) && (
          <FieldCommentButton
            templateId={templateId}
            anchorPath={commentPath ?? [sectionKey, field.key]}
            path={path}
            ytext={value instanceof Y.Text ? value : undefined}
          />
        )}
      </div>
      {(field.help || field.citation) && (
        <p className="help">
          {bi(field.help)}
          {field.citation && <span className="cite"> {inBrackets(field.citation)}</span>}
        </p>
      )}
      {input}
    </div>
  )
}
