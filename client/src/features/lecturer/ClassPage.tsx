import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { useServerEvents } from '../../realtime/useServerEvents'
import { ReviewLink } from '../review/ReviewLink'
import { ExerciseLink } from '../exercise/ExerciseLink'
import { AssignmentsPanel } from './AssignmentsPanel'
import { ClassSettingsPanel } from './ClassSettingsPanel'
import { JoinCodePanel } from './JoinCodePanel'
import { LecturersPanel } from './LecturersPanel'
import { NoLongerTeaching, isNoLongerTeaching } from './NoLongerTeaching'
import { TeamMovesPanel } from './TeamMovesPanel'
import { TeamsPanel } from './TeamsPanel'

/** One class: its join code, teams and members, assignments, co-lecturers and settings. */
export default function ClassPage() {
  const { t } = useTranslation()
  const { classId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  useServerEvents({
    'class:updated': (p) => {
      if (p.classId === classId) void cls.reload()
    },
    'assignment:created': (p) => {
      if (p.classId === classId) void cls.reload()
    },
  })

  const gone = isNoLongerTeaching(cls.error)
  // A refused reload keeps the last data in the resource; a lecturer who no longer teaches sees none of it.
  const detail = gone ? undefined : cls.data
  return (
    <section>
      <p>
        <Link to="/classes">← {t('classes.title')}</Link>
      </p>
      {gone ? <NoLongerTeaching /> : <ErrorMessage error={cls.error} />}
      <Loading pending={!gone && !cls.data && !cls.error} />
      {detail && (
        <>
          <h1>{detail.name}</h1>
          {detail.archived && <p className="notice">{t('classPage.archivedNote')}</p>}
          <ReviewLink classId={detail.id} />
          <ExerciseLink classId={detail.id} />
          <JoinCodePanel cls={detail} reload={cls.reload} />
          <TeamsPanel cls={detail} reload={cls.reload} />
          <TeamMovesPanel cls={detail} reload={cls.reload} />
          <AssignmentsPanel cls={detail} />
          <LecturersPanel cls={detail} reload={cls.reload} />
          <ClassSettingsPanel cls={detail} reload={cls.reload} />
        </>
      )}
    </section>
  )
}
