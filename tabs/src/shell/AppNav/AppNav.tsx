import { mergeClasses } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { Me } from '../../api/types';
import { navFor, type AppView } from '../app-nav';
import { useAppNavStyles } from './AppNav.styles';

interface Props {
  me: Me;
  current: AppView | null;
  hrefFor(view: AppView | null): string;
  onNavigate(view: AppView | null): void;
}

/** The app's views as links (they open in a new tab too); the current one is marked. */
export function AppNav({ me, current, hrefFor, onNavigate }: Props) {
  const styles = useAppNavStyles();
  const entries = navFor(me);
  const click = (view: AppView | null) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(view);
  };
  return (
    <nav aria-label="Appens delar" data-testid="app-nav">
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={e.view ?? 'units'}>
            <a
              href={hrefFor(e.view)}
              className={mergeClasses(styles.link, e.view === current && styles.current)}
              aria-current={e.view === current ? 'page' : undefined}
              onClick={click(e.view)}
            >
              {e.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
