import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadSettings } from './gateway.ts';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
loadSettings().then(
  (settings) =>
    root.render(
      <StrictMode>
        <App settings={settings} />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<p role="alert">Cannot reach the gateway: {String(error)}</p>),
);
