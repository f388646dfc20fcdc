import { Button } from '@fluentui/react-components';
import type { Me } from '../../api/types';
import { useServices } from '../../shared/hooks/services';
import { roleLabel } from '../../lib/labels';
import { DemoModeBadge } from '../DemoModeBadge/DemoModeBadge';
import { Initials } from '../Initials/Initials';
import { useAppHeaderStyles } from './AppHeader.styles';

export function AppHeader({ me }: { me: Me | undefined }) {
  const styles = useAppHeaderStyles();
  const { config, auth, switchUser } = useServices();
  const dev = auth.kind === 'dev';
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <span className={styles.appName}>Systematiskt kvalitetsarbete</span>
        <span className={styles.municipality}>{config.municipalityName}</span>
      </div>
      <div className={styles.person}>
        {dev && <DemoModeBadge />}
        {me && (
          <>
            <Initials name={me.displayName} size="small" />
            <span className={styles.personText} data-testid="signed-in-person">
              <span className={styles.personName}>{me.displayName}</span>
              <span className={styles.personRole}>{roleLabel(me.roles)}</span>
            </span>
          </>
        )}
        {dev && (
          <Button size="small" appearance="secondary" onClick={switchUser}>
            Byt användare
          </Button>
        )}
      </div>
    </header>
  );
}
