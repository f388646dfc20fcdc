import type { AnnualWrites } from '../../api/organiser-api';
import type { AnnualDocument } from '../../api/organiser-types';
import { listKey, sectionFields, textKey } from '../../shared/document/report-fields';

export { listKey, textKey };

/** The annual follow-up's fields: `text/<section>` or `list/<section>`, as the report's. */
export const annualFields = (writes: AnnualWrites) => sectionFields<AnnualDocument>((doc) => doc.document.content, writes);
