import { createRoot } from 'react-dom/client';
import { ConfigPage } from './shell/ConfigPage/ConfigPage';

createRoot(document.getElementById('root')!).render(<ConfigPage />);
