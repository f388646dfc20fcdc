import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { DocumentKind } from '../../api/types';
import { prefetchPlan } from '../../shared/hooks/prefetch';
import { appViews, documentView, personalPage } from '../views';
import { isAppView, landingView, type AppView } from '../app-nav';
import { AppNav } from '../AppNav/AppNav';
import { useServices } from '../../shared/hooks/services';
import { useMe, useUnits } from '../use-directory';
import { placeOf, placeUrl, useLocationState } from '../use-location-state';
import { AppHeader } from '../AppHeader/AppHeader';
import { CenteredMessage } from '../CenteredMessage/CenteredMessage';
import { SchoolYearPicker } from '../SchoolYearPicker/SchoolYearPicker';
import { UnitNav } from '../UnitNav/UnitNav';
import { useDocumentNames } from '../../shared/document/use-document-names';
import { useShellStyles } from './Shell.styles';
import { isOrganiser } from '../../lib/permissions';

// The editors are most of the code; they load while the shell asks who the person is.
const { Component: DocumentView, load: loadDocumentView } = documentView;
const { Component: PersonalPage, load: loadPersonalPage } = personalPage;

/**
 * The signed-in app. Three ways in: the app with its unit list; the personal tab
 * ("Mitt kvalitetsarbete", ?view=personal); a channel tab bound to one unit (?view=channel&unitId=…).
 */
export function Shell() {
  const styles = useShellStyles();
  const { api, config } = useServices();
  const me = useMe();
  const units = useUnits();
  const { place, navigate } = useLocationState();
  const view = place.view;
  const appView = isAppView(view) ? view : null;
  // The annual follow-up is written in the autumn about the year before.
  const schoolYear = place.schoolYear ?? (appView === 'annual' ? config.previousSchoolYear : config.currentSchoolYear);
  const doc: DocumentKind = place.doc ?? 'plan';
  const names = useDocumentNames();

  // The linked plan is asked for now, in parallel with the person and the editor's code.
  useState(() => {
    if (view !== 'personal' && !appView && place.unitId && doc === 'plan') prefetchPlan(api, place.unitId, schoolYear);
  });

  useEffect(() => {
    void (view === 'personal' ? loadPersonalPage() : appView ? appViews[appView].load() : loadDocumentView());
  }, [view, appView]);

  // One unit only: open it straight away. Arriving without a view, the organiser starts on Översikt and
  // the board (no units) on the intranet: once, so "Enheter" (no view either) stays where it was asked to.
  // A demo user switch starts from the tab's own URL (startUrl), so the previous person's place is not taken for a link.
  const landed = useRef(false);
  useEffect(() => {
    if (view === 'personal' || place.unitId || units.status !== 'ready' || !me.data) return;
    const first = !landed.current;
    landed.current = true;
    if (appView) return;
    if (units.data.length === 1 && !isOrganiser(me.data)) navigate({ view: null, unitId: units.data[0].id }, 'replace');
    else if (first) {
      const landing = landingView(me.data);
      if (landing) navigate({ view: landing }, 'replace');
    }
  }, [view, appView, place.unitId, units, me.data, navigate]);

  const list = units.data ?? [];
  const selected = list.find((u) => u.id === place.unitId);
  const seesAll = isOrganiser(me.data);
  const hasOwnUnits = (me.data?.memberships.length ?? 0) > 0;

  const toPersonal = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate({ view: 'personal', unitId: null, schoolYear: null, doc: null });
  };

  const toView = (v: AppView | null) => navigate({ view: v, unitId: null, doc: null });
  const viewHref = (v: AppView | null) => placeUrl({ view: v, unitId: null, doc: null });
  const onUnit = (unitId: string | null) => navigate({ unitId }, 'replace');

  let main;
  // Who the person is and their units failed: as the app's own start failing (no MessageBar in the first bundle).
  const failed = me.status === 'error' ? me : units.status === 'error' ? units : null;
  if (failed)
    main = (
      <div role="alert">
        <CenteredMessage title="Det gick inte" text={failed.error?.message}>
          <Button onClick={failed.reload}>Försök igen</Button>
        </CenteredMessage>
      </div>
    );
  else if ((appView === 'settings' || appView === 'directory') && me.data && !me.data.roles.includes('admin'))
    // Typed into the address bar: the admin's screens say whose they are instead of failing piece by piece.
    main = (
      <CenteredMessage
        title={appView === 'settings' ? 'Inställningar' : 'Katalog'}
        text="Det här är administratörens vy. Du har inte behörighet att ändra kommunens inställningar; kontakta systemförvaltaren om något behöver ändras."
      />
    );
  else if (appView) {
    main =
      me.status === 'ready' && units.status === 'ready' ? (
        <Suspense fallback={<Spinner label="Öppnar…" />}>
          {appView === 'overview' && (
            <appViews.overview.Component
              schoolYear={schoolYear}
              hrefForUnit={(unitId) => placeUrl({ view: null, unitId, doc: null })}
              onOpenUnit={(unitId) => navigate({ view: null, unitId, doc: null })}
              hrefForTarget={(t) => placeUrl(placeOf(t))}
              onOpenTarget={(t) => navigate(placeOf(t))}
            />
          )}
          {appView === 'annual' && <appViews.annual.Component schoolYear={schoolYear} me={me.data} />}
          {appView === 'statistics' && <appViews.statistics.Component units={units.data} unitId={place.unitId} onUnitChange={onUnit} />}
          {appView === 'survey' && (
            <appViews.survey.Component
              me={me.data}
              units={units.data}
              schoolYear={schoolYear}
              unitId={place.unitId}
              onUnitChange={onUnit}
            />
          )}
          {appView === 'dialogues' && (
            <appViews.dialogues.Component
              me={me.data}
              units={units.data}
              schoolYear={schoolYear}
              unitId={place.unitId}
              onUnitChange={onUnit}
            />
          )}
          {appView === 'wheel' && <appViews.wheel.Component me={me.data} schoolYear={schoolYear} />}
          {appView === 'intranet' && <appViews.intranet.Component schoolYear={schoolYear} me={me.data} />}
          {appView === 'directory' && <appViews.directory.Component />}
          {appView === 'settings' && <appViews.settings.Component />}
        </Suspense>
      ) : (
        <Spinner label="Hämtar…" />
      );
  } else if (view === 'personal')
    main =
      me.status === 'ready' && units.status === 'ready' ? (
        <Suspense fallback={<Spinner label="Öppnar…" />}>
          <PersonalPage
            me={me.data}
            units={units.data}
            currentYear={config.currentSchoolYear}
            previousYear={config.previousSchoolYear}
            hrefFor={(l) => placeUrl({ view: null, unitId: l.unitId, schoolYear: l.schoolYear, doc: l.doc })}
            onOpen={(l) => navigate({ view: null, unitId: l.unitId, schoolYear: l.schoolYear, doc: l.doc })}
            hrefForView={viewHref}
            onOpenView={toView}
          />
        </Suspense>
      ) : (
        <Spinner label="Hämtar…" />
      );
  else if (place.unitId)
    // The document does not wait for the unit list: it names its unit itself.
    main = (
      <Suspense fallback={<Spinner label="Öppnar…" />}>
        <DocumentView
          unitId={place.unitId}
          unitName={selected?.name}
          schoolYear={schoolYear}
          doc={doc}
          me={me.data}
          hrefFor={(d) => placeUrl({ doc: d })}
          onDocChange={(d) => navigate({ doc: d })}
          canPublish={isOrganiser(me.data)}
        />
      </Suspense>
    );
  else if (me.status === 'loading' || units.status === 'loading') main = <Spinner label="Hämtar…" />;
  else if (!list.length)
    main = <CenteredMessage title="Inga enheter att visa" text="Du har ingen enhet här. Nämnden läser det som publiceras på intranätet." />;
  else
    main = (
      <CenteredMessage
        title="Välj en enhet"
        text={`Välj en enhet för att se dess ${names.plan.label.toLowerCase()} och ${names.report.label.toLowerCase()}.`}
      />
    );

  const yearPicker = (
    <SchoolYearPicker
      current={config.currentSchoolYear}
      previous={config.previousSchoolYear}
      value={schoolYear}
      onChange={(y) => navigate({ schoolYear: y })}
    />
  );

  // The personal tab and a channel tab have no unit list: the person's own units, or the one unit.
  if (view === 'personal' || view === 'channel')
    return (
      <div className={styles.root}>
        <AppHeader me={me.data} />
        <main className={styles.main}>
          {view === 'channel' && <div className={styles.topBar}>{yearPicker}</div>}
          {main}
        </main>
      </div>
    );

  return (
    <div className={styles.root}>
      <AppHeader me={me.data} />
      <div className={styles.body}>
        <aside className={styles.aside} aria-label="Navigering, enhet och läsår">
          {me.data && <AppNav me={me.data} current={appView} hrefFor={viewHref} onNavigate={toView} />}
          {hasOwnUnits && (
            <a
              className={styles.personalLink}
              href={placeUrl({ view: 'personal', unitId: null, schoolYear: null, doc: null })}
              onClick={toPersonal}
            >
              Mitt kvalitetsarbete
            </a>
          )}
          {(appView !== 'intranet' || isOrganiser(me.data)) && yearPicker}
          {list.length > 0 && !appView && (
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
