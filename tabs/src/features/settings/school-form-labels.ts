import { useMemo } from 'react';
import { useServices } from '../../shared/hooks/services';

/** Skolformer by code, as people read them: the server's list (GET /api/config), not a copy of it. */
export function useSchoolFormLabels(): Record<string, string> {
  const forms = useServices().config.schoolForms;
  return useMemo(() => Object.fromEntries(forms.map((f) => [f.code, f.label])), [forms]);
}
