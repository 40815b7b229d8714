import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ServiceProvider } from './app/service-context'
import { startApp } from './app/start'
import { App } from './components/App'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('renderer: the #root element is missing from index.html')
const services = startApp()
createRoot(container).render(
  <StrictMode>
    <ServiceProvider services={services}>
      <App />
    </ServiceProvider>
  </StrictMode>,
)
