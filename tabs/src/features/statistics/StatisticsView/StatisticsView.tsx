import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ImportResult } from '../../../api/organiser-types';
import type { Unit } from '../../../api/types';
import { useKoladaImport, useStatisticsImport } from '../use-statistics-import';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { FilePicker } from '../FilePicker/FilePicker';
import { ImportMappingForm } from '../ImportMappingForm/ImportMappingForm';
import { ImportProblems } from '../ImportProblems/ImportProblems';
import { KeyFiguresPanel } from '../KeyFiguresPanel/KeyFiguresPanel';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { useStatisticsViewStyles } from './StatisticsView.styles';
import { UnitPicker } from '../../../shared/components/UnitPicker/UnitPicker';

interface Props {
  units: Unit[];
  /** The unit whose figures are shown (kept in the URL). */
  unitId: string | null;
  onUnitChange(unitId: string | null): void;
}

const counts = (r: ImportResult) => `${r.created} nya, ${r.updated} ändrade och ${r.unchanged} oförändrade värden.`;

/** Statistik: key figures from the organiser's BI tool (CSV/Excel) or Kolada, and each unit's figures. */
export default function StatisticsView({ units, unitId, onUnitChange }: Props) {
  const styles = useStatisticsViewStyles();
  const [revision, setRevision] = useState(0);
  const imported = useCallback(() => setRevision((r) => r + 1), []);
  const table = useStatisticsImport(imported);
  const kolada = useKoladaImport(imported);
  const { state } = table;
  const selected = unitId ?? units[0]?.id ?? null;

  return (
    <div className={styles.root}>
      <ViewHeader
        title="Statistik"
        intro="Nyckeltal importeras från andra system – inte skrivs av. En import gäller allt eller inget: en enda felaktig rad och ingenting sparas."
      />

      <Panel
        title="Importera från fil"
        description="En CSV- eller Excelfil från BI-verktyget, med en rad per enhet och år (eller per enhet, år och nyckeltal)."
      >
        <FilePicker
          label="Välj fil (CSV eller Excel)…"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          busy={state.step === 'reading'}
          fileName={state.step === 'idle' ? undefined : state.fileName}
          onPick={(f) => void table.choose(f)}
        />
        {table.error && <ImportProblems error={table.error} onDismiss={table.reset} />}
        {(state.step === 'preview' || state.step === 'importing') && (
          <>
            <DataTable
              caption={`Förhandsgranskning: de första ${state.preview.sample.length} av ${state.preview.rowCount} rader`}
              columns={[{ label: 'Rad', numeric: true }, ...state.preview.columns.map((c) => ({ label: c }))]}
              rows={state.preview.sample.map((r) => [r.line, ...state.preview.columns.map((c) => r.cells[c] ?? '')])}
              testId="import-preview"
            />
            <ImportMappingForm
              key={state.fileName}
              preview={state.preview}
              busy={state.step === 'importing'}
              onImport={(m) => void table.run(m)}
              onCancel={table.reset}
            />
          </>
        )}
        {state.step === 'done' && (
          <MessageBar intent="success" layout="multiline" data-testid="import-done">
            <MessageBarBody>
              <MessageBarTitle>Importen är klar</MessageBarTitle>
              {state.fileName}: {counts(state.result)}
            </MessageBarBody>
          </MessageBar>
        )}
      </Panel>

      <Panel
        title="Importera från Kolada"
        description="Ett sparat svar från Koladas API (v2). Enheterna känns igen på sitt Kolada-id; kommunens och rikets värden blir jämförelser."
      >
        <FilePicker
          label="Välj Kolada-fil (JSON)…"
          accept=".json,application/json"
          busy={kolada.busy}
          fileName={kolada.result?.fileName}
          onPick={(f) => void kolada.choose(f)}
        />
        {kolada.error && <ErrorBar error={kolada.error} onDismiss={kolada.dismiss} />}
        {kolada.result && (
          <MessageBar intent="success" layout="multiline" data-testid="kolada-done">
            <MessageBarBody>
              <MessageBarTitle>Kolada-filen är importerad</MessageBarTitle>
              {counts(kolada.result.result)}
              {kolada.result.result.skippedUnits?.length
                ? ` Okända enheter hoppades över: ${kolada.result.result.skippedUnits.join(', ')}.`
                : ''}
            </MessageBarBody>
          </MessageBar>
        )}
      </Panel>

      <Panel
        title="Enhetens nyckeltal"
        description="De tre senaste åren med trend, och kommunen och riket samma år."
        actions={<UnitPicker units={units} value={selected ?? ''} onChange={(id) => onUnitChange(id || null)} testId="key-figure-unit" />}
      >
        {selected ? <KeyFiguresPanel unitId={selected} revision={revision} /> : <p>Ingen enhet att visa.</p>}
      </Panel>
    </div>
  );
}
