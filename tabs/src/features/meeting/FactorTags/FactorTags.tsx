import { ToggleButton } from '@fluentui/react-components';
import type { MeetingNote, SuccessFactorCatalogue } from '../../../api/meeting-types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { MergePanel } from '../../../shared/document/MergePanel/MergePanel';
import { useField } from '../../../shared/document/use-document-session';
import { useFactorTagsStyles } from './FactorTags.styles';

interface Props {
  session: DocumentSession<MeetingNote>;
  /** Skolverket's seven, as the meeting view carries them. */
  factors: SuccessFactorCatalogue;
  readOnly: boolean;
}

/** The note's success factors (Skolverket's seven): pressed ones are tagged; saved at once. */
export function FactorTags({ session, factors, readOnly }: Props) {
  const styles = useFactorTagsStyles();
  const { value, conflict, edit, flush, resolve } = useField(session, 'successFactors');
  const chosen = new Set((Array.isArray(value) ? value : []).map((e) => e.text));

  if (conflict) return <MergePanel label="framgångsfaktorerna" conflict={conflict} onResolve={(r) => void resolve(r)} />;
  if (readOnly) return <p className={styles.readOnly}>Framgångsfaktorer: {chosen.size ? [...chosen].join(', ') : 'inga valda'}</p>;

  const toggle = (label: string) => {
    const next = factors.map((f) => f.label).filter((l) => (l === label ? !chosen.has(l) : chosen.has(l)));
    edit(next.map((text) => ({ text })));
    flush();
  };

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Framgångsfaktorer</legend>
      <div className={styles.tags}>
        {factors.map(({ key, label }) => (
          <ToggleButton
            key={key}
            size="small"
            shape="circular"
            className={styles.tag}
            appearance={chosen.has(label) ? 'primary' : 'secondary'}
            checked={chosen.has(label)}
            onClick={() => toggle(label)}
          >
            {label}
          </ToggleButton>
        ))}
      </div>
    </fieldset>
  );
}
