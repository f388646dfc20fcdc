import { createRoot } from 'react-dom/client';
import { ConfigPage } from './components/ConfigPage/ConfigPage';

createRoot(document.getElementById('root')!).render(<ConfigPage />);
