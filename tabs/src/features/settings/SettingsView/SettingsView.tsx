import { ConfirmHost } from '../../../shared/hooks/confirm';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { BoardGoalsPanel } from '../BoardGoalsPanel/BoardGoalsPanel';
import { PresetPanel } from '../PresetPanel/PresetPanel';
import { QuestionSetsPanel } from '../QuestionSetsPanel/QuestionSetsPanel';
import { SchoolFormsPanel } from '../SchoolFormsPanel/SchoolFormsPanel';
import { useSettingsStyles } from '../settings.styles';

/** Inställningar: the admin's configuration that was API only — the process (preset), board goals, question sets, units' school forms. */
export default function SettingsView() {
  const styles = useSettingsStyles();
  return (
    <ConfirmHost>
      <div className={styles.root} data-testid="settings">
        <ViewHeader
          title="Inställningar"
          intro="Kommunens process, nämndens mål, enkätfrågorna och enheternas skolformer. Inget som redan är skrivet tas bort."
        />
        <PresetPanel />
        <BoardGoalsPanel />
        <QuestionSetsPanel />
        <SchoolFormsPanel />
      </div>
    </ConfirmHost>
  );
}
