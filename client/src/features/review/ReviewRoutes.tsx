import { Route, Routes } from 'react-router'
import { NotFound } from '../../components/NotFound'
import { DashboardPage } from './DashboardPage'
import { GradingPage } from './GradingPage'
import { GradeScalePage } from '../grades/GradeScalePage'
import { RubricEditor } from './RubricEditor'
import './review.css'

/** Everything under /classes/:classId/review (one lazy route in router.tsx): the dashboard and grading (the compare view is /classes/:classId/assignments/:assignmentId/compare). */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="rubric/:assignmentId" element={<RubricEditor />} />
      <Route path="grade-scale" element={<GradeScalePage />} />
      <Route path=":workspaceId" element={<GradingPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
