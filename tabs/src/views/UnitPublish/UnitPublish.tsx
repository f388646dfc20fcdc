import { useState } from 'react';
import type { DocumentKind } from '../../api/types';
import { useIntranetPages } from '../../hooks/use-intranet';
import { useOrganiserApi } from '../../hooks/use-organiser-api';
import { Panel } from '../Panel/Panel';
import { PublishPanel } from '../PublishPanel/PublishPanel';

const NOUNS: Record<DocumentKind, string> = { plan: 'åtagandeplanen', report: 'läsårsrapporten' };

/**
 * "Publicera på intranätet" under a unit's document, for the organiser. The server publishes only
 * final documents and says so otherwise, so the button needs no second read of the document.
 */
export default function UnitPublish({ kind, unitId, unitName, schoolYear }: { kind: DocumentKind; unitId: string; unitName: string | undefined; schoolYear: string }) {
  const api = useOrganiserApi();
  const [revision, setRevision] = useState(0);
  const pages = useIntranetPages(revision);
  const current = pages.data?.find((p) => p.kind === kind && p.schoolYear === schoolYear && (!unitName || p.title.includes(unitName)));
  return (
    <Panel title="Intranätet" level={2} testId="unit-publish">
      <PublishPanel
        key={`${kind}|${unitId}|${schoolYear}`}
        what={NOUNS[kind]}
        final
        note={`Bara en fastställd ${NOUNS[kind].replace(/en$/, '')} kan publiceras; nämnden och alla andra läser den där.`}
        current={current}
        publish={() => api.publishUnitDocument(kind, unitId, schoolYear)}
        onPublished={() => setRevision((r) => r + 1)}
      />
    </Panel>
  );
}
