import { Route, Routes } from 'react-router'
import { NotFound } from '../../components/NotFound'
import { ControlRoom } from './ControlRoom'
import './exercise.css'
import { ProjectorPage } from './ProjectorPage'
import { StartExercisePage } from './StartExercisePage'

/** Everything under /classes/:classId/exercise (one lazy route in router.tsx): start, control room, projector. */
export default function ExerciseRoutes() {
  return (
    <Routes>
      <Route index element={<StartExercisePage />} />
      <Route path=":exerciseId" element={<ControlRoom />} />
      <Route path=":exerciseId/projector" element={<ProjectorPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}
