import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Assignment } from '../../../../cases/contracts/http'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { putAssignmentSettings } from './api'
import { AllMustConfirmToggle, InstructionsEditor } from './SubmitSettings'

const enc = encodeURIComponent

/** Link to the rubric editor of one assignment. */
export function RubricEditLink({ classId, assignmentId }: { classId: string; assignmentId: string }) {
  const { t } = useTranslation()
  return (
    <Link className="small" to={`/classes/${enc(classId)}/review/rubric/${enc(assignmentId)}`}>
      {t('rubricEditor.link')}
    </Link>
  )
}

/** The lecturer's switch letting the teams of an assignment see their own contribution mirror. */
export function ContributionsToggle({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(assignment.showContributionsToTeam)
  // Optimistic: the box follows the click at once and goes back if the server refuses.
  const save = useAction(async (next: boolean) => {
    setShown(next)
    try {
      const updated = await putAssignmentSettings(assignment.id, { showContributionsToTeam: next })
      setShown(updated.showContributionsToTeam)
    } catch (e) {
      setShown(!next)
      throw e
    }
  })
  return (
    <>
      <label className="check small">
        <input
          type="checkbox"
          checked={shown}
          disabled={save.busy}
          onChange={(e) => void save.run(e.target.checked)}
        />
        <span>{t('mirror.toggle')}</span>
      </label>
      <ErrorMessage error={save.error} />
    </>
  )
}

/** A class's assignment tools in the dashboard's column header: rubric editor and the mirror switch. */
export function AssignmentTools({ classId, assignment }: { classId: string; assignment: Assignment }) {
  return (
    <>
      <br />
      <RubricEditLink classId={classId} assignmentId={assignment.id} />
      <br />
      <ContributionsToggle assignment={assignment} />
      <AllMustConfirmToggle assignment={assignment} />
      <InstructionsEditor assignment={assignment} />
    </>
  )
}

/** Download of every stored JSON result of the class as one zip. */
export function ResultsZipLink({ classId }: { classId: string }) {
  const { t } = useTranslation()
  return (
    <a href={`/api/classes/${enc(classId)}/results.zip`} download>
      {t('mirror.resultsZip')}
    </a>
  )
}

/** Download of one stored version as JSON (the server names the file after the class, team and assignment). */
export function VersionJsonLink({ workspaceId, version }: { workspaceId: string; version: number }) {
  const { t } = useTranslation()
  return (
    <a className="small" href={`/api/workspaces/${enc(workspaceId)}/versions/${version}`} download>
      {t('mirror.json')}
    </a>
  )
}
