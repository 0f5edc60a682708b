import { lazy } from 'react'
import { createBrowserRouter } from 'react-router'
import { Layout } from './components/Layout'
import { RequireRole } from './features/session/RequireRole'
import { JoinPage } from './features/student/JoinPage'
import { RejoinPage } from './features/student/RejoinPage'
import { NotFound } from './components/NotFound'

// Everything below the join page is loaded on demand so a student's phone fetches only what it needs.
const LoginPage = lazy(() => import('./features/auth/LoginPage'))
const RegisterPage = lazy(() => import('./features/auth/RegisterPage'))
const ClassesPage = lazy(() => import('./features/lecturer/ClassesPage'))
const ClassPage = lazy(() => import('./features/lecturer/ClassPage'))
const NewAssignmentPage = lazy(() => import('./features/lecturer/NewAssignmentPage'))
const StudentHome = lazy(() => import('./features/student/StudentHome'))
const WorkspacePage = lazy(() => import('./features/workspace/WorkspacePage'))
const CasesRoutes = lazy(() => import('./features/cases/CasesRoutes'))
const ReviewRoutes = lazy(() => import('./features/review/ReviewRoutes'))
const ExerciseRoutes = lazy(() => import('./features/exercise/ExerciseRoutes'))
const PrintPage = lazy(() => import('./features/print/PrintPage'))
const HistoryPage = lazy(() => import('./features/history/HistoryPage'))
const ComparePage = lazy(() => import('./features/compare/ComparePage'))
const GlossaryPage = lazy(() => import('./features/glossary/GlossaryPage'))
const HelpPage = lazy(() => import('./features/help/HelpPage'))

/** The app's routes (react-router data mode). */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <JoinPage /> },
        { path: 'rejoin', element: <RejoinPage /> },
        { path: 'login', element: <LoginPage /> },
        { path: 'register', element: <RegisterPage /> },
        // Public: the module's terms are no secret, and a student reads them signed in or out.
        { path: 'glosarium', element: <GlossaryPage /> },
        { path: 'bantuan', element: <HelpPage /> },
        {
          path: 'classes',
          element: (
            <RequireRole role="lecturer">
              <ClassesPage />
            </RequireRole>
          ),
        },
        {
          path: 'classes/:classId',
          element: (
            <RequireRole role="lecturer">
              <ClassPage />
            </RequireRole>
          ),
        },
        {
          path: 'classes/:classId/assign',
          element: (
            <RequireRole role="lecturer">
              <NewAssignmentPage />
            </RequireRole>
          ),
        },
        {
          path: 'classes/:classId/review/*',
          element: (
            <RequireRole role="lecturer">
              <ReviewRoutes />
            </RequireRole>
          ),
        },
        {
          path: 'classes/:classId/exercise/*',
          element: (
            <RequireRole role="lecturer">
              <ExerciseRoutes />
            </RequireRole>
          ),
        },
        {
          path: 'cases/*',
          element: (
            <RequireRole role="lecturer">
              <CasesRoutes />
            </RequireRole>
          ),
        },
        {
          path: 'me',
          element: (
            <RequireRole role="student">
              <StudentHome />
            </RequireRole>
          ),
        },
        {
          path: 'w/:workspaceId',
          element: (
            <RequireRole>
              <WorkspacePage />
            </RequireRole>
          ),
        },
        {
          path: 'w/:workspaceId/print',
          element: (
            <RequireRole>
              <PrintPage />
            </RequireRole>
          ),
        },
        {
          path: 'classes/:classId/assignments/:assignmentId/compare',
          element: (
            <RequireRole role="lecturer">
              <ComparePage />
            </RequireRole>
          ),
        },
        {
          path: 'w/:workspaceId/history',
          element: (
            <RequireRole>
              <HistoryPage />
            </RequireRole>
          ),
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ])
}
