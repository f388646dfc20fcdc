import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import type { DevUser } from '../../api/types';
import type { DevAuth } from '../../auth/dev-auth';
import { useServices } from '../../shared/hooks/services';
import { useDevUsers } from '../use-directory';
import { roleLabel } from '../../lib/labels';
import { DemoModeBadge } from '../DemoModeBadge/DemoModeBadge';
import { ErrorBar } from '../../shared/components/ErrorBar/ErrorBar';
import { Initials } from '../Initials/Initials';
import { useDevSignInStyles } from './DevSignIn.styles';
import { isOrganiser } from '../../lib/permissions';

/** What the person's card says about their units. */
function unitsText(user: DevUser): string {
  if (user.units?.length) return user.units.map((u) => u.name).join(', ');
  if (isOrganiser(user)) return 'Alla enheter';
  if (user.roles.includes('board')) return 'Det som publiceras';
  if (user.roles.includes('admin')) return 'Inställningar';
  const n = user.unitIds.length;
  return n === 1 ? '1 enhet' : `${n} enheter`;
}

/** Local demo mode: pick one of the seeded people to act as. */
export default function DevSignIn({ auth, onSignedIn }: { auth: DevAuth; onSignedIn(): void }) {
  const styles = useDevSignInStyles();
  const { api } = useServices();
  const users = useDevUsers();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function signIn(user: DevUser) {
    setBusy(user.id);
    setError(null);
    try {
      await auth.signInAs(api, user.id);
      onSignedIn();
    } catch (e) {
      setError(toApiError(e));
      setBusy(null);
    }
  }

  return (
    <main className={styles.root}>
      <div className={styles.inner}>
        <div className={styles.heading}>
          <h1 className={styles.title}>Välj demoanvändare</h1>
          <DemoModeBadge />
        </div>
        <p className={styles.intro}>
          Appen körs lokalt utan inloggning via Microsoft Teams. Välj vem du vill vara – du ser och kan göra det som personen får göra.
        </p>
        {error && <ErrorBar error={error} />}
        {users.status === 'loading' && <Spinner label="Hämtar demoanvändare…" />}
        {users.status === 'error' && <ErrorBar error={users.error} onRetry={users.reload} />}
        {users.status === 'ready' && (
          <ul className={styles.list} aria-label="Demoanvändare">
            {users.data.map((user) => (
              <li key={user.id}>
                <Button className={styles.person} disabled={busy !== null} onClick={() => void signIn(user)}>
                  <Initials name={user.displayName} />
                  <span className={styles.personText}>
                    <span className={styles.name}>{user.displayName}</span>
                    <span className={styles.role}>{roleLabel(user.roles)}</span>
                    <span className={styles.units}>{unitsText(user)}</span>
                  </span>
                  {busy === user.id && <Spinner size="tiny" aria-label="Loggar in" />}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}
