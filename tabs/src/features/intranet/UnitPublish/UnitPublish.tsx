import { useState } from 'react';
import { useDocumentNames } from '../../../shared/document/use-document-names';
import type { DocumentKind } from '../../../api/types';
import { useIntranetPages } from '../use-intranet';
import { useOrganiserApi } from '../../../shared/hooks/use-organiser-api';
import { Panel } from '../../../shared/components/Panel/Panel';
import { PublishPanel } from '../PublishPanel/PublishPanel';

/**
 * "Publicera på intranätet" under a unit's document, for the organiser: the button for a final
 * document only (the open document tells its status); the server refuses anything else too.
 */
export default function UnitPublish({
  kind,
  unitId,
  unitName,
  schoolYear,
  final,
}: {
  kind: DocumentKind;
  unitId: string;
  unitName: string | undefined;
  schoolYear: string;
  final: boolean;
}) {
  const noun = useDocumentNames()[kind];
  const api = useOrganiserApi();
  const [revision, setRevision] = useState(0);
  const pages = useIntranetPages(revision);
  const current = pages.data?.find((p) => p.kind === kind && p.schoolYear === schoolYear && (!unitName || p.title.includes(unitName)));
  return (
    <Panel title="Intranätet" level={2} testId="unit-publish">
      <PublishPanel
        key={`${kind}|${unitId}|${schoolYear}`}
        what={noun.the}
        final={final}
        note={`Nämnden och alla andra läser ${noun.the} där.`}
        current={current}
        publish={() => api.publishUnitDocument(kind, unitId, schoolYear)}
        onPublished={() => setRevision((r) => r + 1)}
      />
    </Panel>
  );
}
