import { Spinner } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { WaitingItem } from '../../../../../src/contract/me';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useServices } from '../../../shared/hooks/services';
import { useAsync } from '../../../shared/hooks/use-async';
import { useWaitingPanelStyles } from './WaitingPanel.styles';

export type WaitingTarget = WaitingItem['target'];

/** A due day (YYYY-MM-DD) as Swedish readers write it: "1 november 2026". */
const DUE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dueText = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? DUE.format(new Date(`${day}T00:00:00Z`)) : day);

interface Props {
  /** "Det här väntar på dig" on the personal page, "… nu" compact on the organiser's landing. */
  title: string;
  hrefFor(target: WaitingTarget): string;
  onOpen(target: WaitingTarget): void;
  /** At most this many items (the compact landing). */
  max?: number;
}

/** What needs the signed-in person now (GET /api/me/waiting), each a link to the document or view. */
export function WaitingPanel({ title, hrefFor, onOpen, max }: Props) {
  const styles = useWaitingPanelStyles();
  const { api } = useServices();
  const state = useAsync(() => api.http.request<WaitingItem[]>('GET', '/api/me/waiting'), [api]);
  const open = (target: WaitingTarget) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(target);
  };
  return (
    <section className={styles.root} aria-labelledby="waiting-title" data-testid="waiting">
      <h2 id="waiting-title" className={styles.title}>
        {title}
      </h2>
      {state.status === 'loading' && <Spinner size="tiny" label="Hämtar…" />}
      {state.status === 'error' && <ErrorBar error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' &&
        (state.data.length ? (
          <ul className={styles.list}>
            {state.data.slice(0, max).map((item, i) => (
              <li key={`${item.kind}-${item.unitId ?? ''}-${i}`}>
                <a className={styles.link} href={hrefFor(item.target)} onClick={open(item.target)}>
                  {item.title}
                </a>
                {item.unitName && ` · ${item.unitName}`}
                {item.dueDate && ` · senast ${dueText(item.dueDate)}`}
                <div className={styles.detail}>{item.detail}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.empty}>Inget väntar på dig just nu</p>
        ))}
    </section>
  );
}
