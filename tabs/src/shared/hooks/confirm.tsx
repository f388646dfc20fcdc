import { createContext, lazy, Suspense, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';

const ConfirmDialog = lazy(() => import('../components/ConfirmDialog/ConfirmDialog'));

export interface ConfirmRequest {
  title: string;
  text: string;
  confirmLabel: string;
  /** Asks for a required comment too. */
  comment?: { label: string; hint?: string };
  /** Runs while the dialog shows it is busy; an error is shown in the dialog. */
  run(comment?: string): Promise<ApiError | null>;
}

const ConfirmContext = createContext<((request: ConfirmRequest) => void) | null>(null);

/**
 * One confirmation dialog for a document, mounted above its parts. A part (a commitment being
 * removed, the status bar losing its buttons) may go away while its dialog closes; unmounting
 * an open Fluent dialog would leave the rest of the page aria-hidden.
 */
export function ConfirmHost({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const ask = useCallback((r: ConfirmRequest) => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setRequest(r);
    setOpen(true);
  }, []);
  // Focus goes back to what opened the dialog, if it is still there (a removed thing's button is not).
  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => {
      if (returnTo.current?.isConnected) returnTo.current.focus();
    });
  }, []);
  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      {request && (
        <Suspense fallback={null}>
          <ConfirmDialog
            key={request.title}
            open={open}
            title={request.title}
            text={request.text}
            confirmLabel={request.confirmLabel}
            comment={request.comment}
            onConfirm={request.run}
            onClose={close}
          />
        </Suspense>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): (request: ConfirmRequest) => void {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error('useConfirm outside ConfirmHost');
  return ask;
}
