import { Field, Select, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { useServices } from '../../hooks/services';
import { useMe, useUnits } from '../../hooks/use-directory';
import { placeUrl, useLocationState } from '../../hooks/use-location-state';
import { AppHeader } from '../AppHeader/AppHeader';
import { CenteredMessage } from '../CenteredMessage/CenteredMessage';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { SchoolYearPicker } from '../SchoolYearPicker/SchoolYearPicker';
import { UnitNav } from '../UnitNav/UnitNav';
import { useShellStyles } from './Shell.styles';

// The editor is most of the code; it loads while the shell asks who the person is.
const loadPlanPage = () => import('../PlanPage/PlanPage');
const PlanPage = lazy(loadPlanPage);

/** The signed-in app: header, the units and school year to pick, and the selected unit's plan. */
export function Shell() {
  const styles = useShellStyles();
  const { config } = useServices();
  const me = useMe();
  const units = useUnits();
  const { place, navigate } = useLocationState();
  const schoolYear = place.schoolYear ?? config.currentSchoolYear;

  useEffect(() => {
    void loadPlanPage();
  }, []);

  // One unit only: open it straight away.
  useEffect(() => {
    if (!place.unitId && units.status === 'ready' && units.data.length === 1) navigate({ unitId: units.data[0].id }, 'replace');
  }, [place.unitId, units, navigate]);

  const list = units.data ?? [];
  const selected = list.find((u) => u.id === place.unitId);
  const seesAll = me.data?.roles.some((r) => r === 'organiser' || r === 'admin') ?? false;

  let main;
  if (me.status === 'error') main = <ErrorBar error={me.error} onRetry={me.reload} />;
  else if (units.status === 'error') main = <ErrorBar error={units.error} onRetry={units.reload} />;
  else if (me.status === 'loading' || units.status === 'loading') main = <Spinner label="Hämtar…" />;
  else if (!list.length)
    main = (
      <CenteredMessage
        title="Inga enheter att visa"
        text="Du har ingen enhet här. Nämnden läser det som publiceras på intranätet."
      />
    );
  else if (!place.unitId) main = <CenteredMessage title="Välj en enhet" text="Välj en enhet för att se dess åtagandeplan." />;
  else
    main = (
      <Suspense fallback={<Spinner label="Öppnar åtagandeplanen…" />}>
        <PlanPage
          key={`${place.unitId}|${schoolYear}`}
          unitId={place.unitId}
          unitName={selected?.name}
          schoolYear={schoolYear}
          me={me.data}
        />
      </Suspense>
    );

  return (
    <div className={styles.root}>
      <AppHeader me={me.data} />
      <div className={styles.body}>
        <aside className={styles.aside} aria-label="Enhet och läsår">
          <SchoolYearPicker current={config.currentSchoolYear} value={schoolYear} onChange={(y) => navigate({ schoolYear: y })} />
          {list.length > 0 && (
            <>
              <div className={styles.wideOnly}>
                <UnitNav
                  units={list}
                  selectedId={place.unitId}
                  grouped={seesAll}
                  hrefFor={(unitId) => placeUrl({ unitId, schoolYear: place.schoolYear })}
                  onSelect={(unitId) => navigate({ unitId })}
                />
              </div>
              {/* On a phone the list gives way to a compact choice. */}
              <div className={styles.narrowOnly}>
                <Field label="Enhet">
                  <Select value={place.unitId ?? ''} onChange={(_, d) => navigate({ unitId: d.value || null })}>
                    {!place.unitId && <option value="">Välj enhet…</option>}
                    {list.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            </>
          )}
        </aside>
        <main className={styles.main}>{main}</main>
      </div>
    </div>
  );
}
