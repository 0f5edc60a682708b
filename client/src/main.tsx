import './zodConfig'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { initI18n } from './i18n'
import './i18n/types'
import { SessionProvider } from './features/session/SessionProvider'
import { createRouter } from './router'
import { registerAppShell } from './sync/appShell'
import './styles.css'
import './styles/touch.css'
import './styles/submit.css'

initI18n()
const router = createRouter()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>,
  )
  registerAppShell()
}
