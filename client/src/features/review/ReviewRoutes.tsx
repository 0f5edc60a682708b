import { Route, Routes } from 'react-router'
import { NotFound } from '../../components/NotFound'
import { ComparePage } from './ComparePage'
import { DashboardPage } from './DashboardPage'
import { GradingPage } from './GradingPage'
import './review.css'

/** Everything under /classes/:classId/review (one lazy route in router.tsx): the dashboard and grading. */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="compare/:assignmentId" element={<ComparePage />} />
      <Route path=":workspaceId" element={<GradingPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
