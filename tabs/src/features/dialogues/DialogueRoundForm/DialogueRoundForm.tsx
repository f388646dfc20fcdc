import { Button, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { DialogueType, RoundInput } from '../../../api/organiser-types';
import type { Unit } from '../../../api/types';
import { useDialogueProposal } from '../use-dialogues';
import { draftOf, groupInput, type GroupDraft } from '../dialogues';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useDialogueRoundFormStyles } from './DialogueRoundForm.styles';
import { DialogueTypeField } from '../DialogueTypeField/DialogueTypeField';

interface Props {
  schoolYear: string;
  types: DialogueType[];
  units: Unit[];
  onCreate(input: RoundInput): Promise<ApiError | null>;
}

/**
 * A new dialogue round: the kind, its window, and the groups the server proposes (3–4 principals
 * of one school form, or one unit with its staff) — renamed, regrouped, given a time, a place or a
 * Teams link. The server checks the groups and says what does not hold.
 */
export function DialogueRoundForm({ schoolYear, types, units, onCreate }: Props) {
  const styles = useDialogueRoundFormStyles();
  const [kind, setKind] = useState(types[0]?.key ?? 'conditions');
  const proposal = useDialogueProposal(schoolYear, kind);
  const [title, setTitle] = useState('');
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [place, setPlace] = useState('');
  const [meetingUrl, setMeetingUrl] = useState('');
  const [groups, setGroups] = useState<GroupDraft[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;

  useEffect(() => {
    if (!proposal.data) return;
    setGroups(proposal.data.groups.map(draftOf));
    setWindowStart(proposal.data.windowStart);
    setWindowEnd(proposal.data.windowEnd);
  }, [proposal.data]);

  const grouped = new Set(groups.flatMap((g) => g.unitIds));
  const outside = units.filter((u) => !grouped.has(u.id));
  const change = (i: number, patch: Partial<GroupDraft>) => setGroups((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    const failure = await onCreate({
      kind,
      schoolYear,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(windowStart ? { windowStart } : {}),
      ...(windowEnd ? { windowEnd } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
      ...(meetingUrl.trim() ? { meetingUrl: meetingUrl.trim() } : {}),
      groups: groups.filter((g) => g.unitIds.length > 0).map(groupInput),
    });
    setBusy(false);
    setError(failure);
    setDone(!failure);
  };

  return (
    <form className={styles.root} onSubmit={(e) => void submit(e)} aria-label="Ny dialogomgång">
      <div className={styles.grid}>
        <DialogueTypeField label="Typ av dialog" types={types} value={kind} onChange={setKind} />
        <Field label="Rubrik (valfri)">
          <Input
            value={title}
            onChange={(_, d) => setTitle(d.value)}
            placeholder={`${types.find((t) => t.key === kind)?.label ?? ''} ${schoolYear}`}
          />
        </Field>
        <Field label="Period från">
          <Input type="date" value={windowStart} onChange={(_, d) => setWindowStart(d.value)} />
        </Field>
        <Field label="Period till">
          <Input type="date" value={windowEnd} onChange={(_, d) => setWindowEnd(d.value)} />
        </Field>
        <Field label="Plats för alla grupper (valfri)">
          <Input value={place} onChange={(_, d) => setPlace(d.value)} />
        </Field>
        <Field label="Teams-länk för alla grupper (valfri)">
          <Input type="url" value={meetingUrl} onChange={(_, d) => setMeetingUrl(d.value)} />
        </Field>
      </div>

      <h3 className={styles.heading}>Grupper</h3>
      {proposal.status === 'loading' && <Spinner size="small" label="Hämtar förslaget…" />}
      {proposal.status === 'error' && <ErrorBar error={proposal.error} onRetry={proposal.reload} />}
      {proposal.data?.unassigned.length ? (
        <ul className={styles.notes}>
          {proposal.data.unassigned.map((u) => (
            <li key={u.unitId}>
              {u.unitName}: {u.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className={styles.groups}>
        {groups.map((g, i) => (
          <li key={i} className={styles.group} data-testid="dialogue-group">
            <div className={styles.groupHead}>
              <Field label={`Grupp ${i + 1}, namn`} className={styles.groupName}>
                <Input value={g.name} onChange={(_, d) => change(i, { name: d.value })} />
              </Field>
              <Button size="small" aria-label={`Ta bort gruppen ${g.name}`} onClick={() => setGroups((gs) => gs.filter((_, j) => j !== i))}>
                Ta bort gruppen
              </Button>
            </div>
            {proposal.data?.groups[i]?.note && proposal.data.groups[i].unitIds.join() === g.unitIds.join() && (
              <p className={styles.outside}>{proposal.data.groups[i].note}</p>
            )}
            <ul className={styles.units} aria-label={`Enheter i ${g.name}`}>
              {g.unitIds.map((id) => (
                <li key={id} className={styles.unit}>
                  {name(id)}
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={`Ta bort ${name(id)} ur ${g.name}`}
                    onClick={() => change(i, { unitIds: g.unitIds.filter((x) => x !== id) })}
                  >
                    Ta bort
                  </Button>
                </li>
              ))}
            </ul>
            {outside.length > 0 && (
              <Field label="Lägg till enhet">
                <Select value="" onChange={(_, d) => d.value && change(i, { unitIds: [...g.unitIds, d.value] })}>
                  <option value="">Välj enhet…</option>
                  {outside.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name} ({u.schoolFormLabel})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <div className={styles.grid}>
              <Field label="Start">
                <Input type="datetime-local" value={g.start} onChange={(_, d) => change(i, { start: d.value })} />
              </Field>
              <Field label="Slut">
                <Input type="datetime-local" value={g.end} onChange={(_, d) => change(i, { end: d.value })} />
              </Field>
              <Field label="Plats">
                <Input value={g.place} onChange={(_, d) => change(i, { place: d.value })} />
              </Field>
              <Field label="Teams-länk">
                <Input type="url" value={g.meetingUrl} onChange={(_, d) => change(i, { meetingUrl: d.value })} />
              </Field>
            </div>
          </li>
        ))}
      </ol>
      {outside.length > 0 && groups.length > 0 && (
        <p className={styles.outside}>Utanför grupperna: {outside.map((u) => u.name).join(', ')}.</p>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      <div className={styles.buttons}>
        <BusyButton busy={busy} type="submit" appearance="primary" disabled={!groups.some((g) => g.unitIds.length)}>
          Skapa dialogomgången
        </BusyButton>
        <span role="status" className={styles.done}>
          {done ? 'Dialogomgången är skapad. Skicka inbjudningarna när tiderna är satta.' : ''}
        </span>
      </div>
    </form>
  );
}
