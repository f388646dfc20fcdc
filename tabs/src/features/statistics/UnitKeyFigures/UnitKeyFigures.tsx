import { KeyFiguresPanel } from '../KeyFiguresPanel/KeyFiguresPanel';
import { Panel } from '../../../shared/components/Panel/Panel';

/** The unit's key figures beside its documents: the same figures the organiser's overview shows. */
export default function UnitKeyFigures({ unitId, unitName }: { unitId: string; unitName: string | undefined }) {
  return (
    <Panel
      title="Nyckeltal"
      level={2}
      description={`Tre år för ${unitName ?? 'enheten'}, med kommunen och riket bredvid (Kolada eller kommunens egen statistik).`}
      testId="unit-key-figures"
    >
      <KeyFiguresPanel unitId={unitId} />
    </Panel>
  );
}
