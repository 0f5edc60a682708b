import { Route, Routes } from 'react-router'
import { NotFound } from '../../components/NotFound'
import { CaseEditPage } from './CaseEditPage'
import { CaseListPage } from './CaseListPage'
import { CaseViewPage } from './CaseViewPage'
import './cases.css'

/** Everything under /cases (one lazy route in router.tsx): list, new, view and edit. */
export default function CasesRoutes() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="new" element={<CaseEditPage />} />
      <Route path=":caseId" element={<CaseViewPage />} />
      <Route path=":caseId/edit" element={<CaseEditPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
