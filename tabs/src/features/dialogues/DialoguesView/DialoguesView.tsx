import { Badge, Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { DialogueRound } from '../../../api/organiser-types';
import type { Unit } from '../../../api/types';
import { groupsWriting, useDialogueRounds, useDialogueTypes } from '../use-dialogues';
import { dateTime } from '../../../lib/dates';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { DialogueAnswers } from '../DialogueAnswers/DialogueAnswers';
import { DialogueNotes } from '../DialogueNotes/DialogueNotes';
import { DialogueRoundForm } from '../DialogueRoundForm/DialogueRoundForm';
import { MyInvitations } from '../MyInvitations/MyInvitations';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { useDialoguesViewStyles } from './DialoguesView.styles';
import { UnitPicker, type UnitScreenProps } from '../../../shared/components/UnitPicker/UnitPicker';
import { isOrganiser, isPrincipalOf } from '../../../lib/permissions';

type Props = UnitScreenProps;

function RoundItem({ round, rounds }: { round: DialogueRound; rounds: ReturnType<typeof useDialogueRounds> }) {
  const styles = useDialoguesViewStyles();
  const [open, setOpen] = useState(false);
  const [revision, setRevision] = useState(0);
  const [sending, setSending] = useState(false);
  const summary = rounds.sent[round.id];
  const timed = round.groups.filter((g) => g.start).length;
  const writing = groupsWriting(round);
  return (
    <li className={styles.round} data-testid="dialogue-round">
      <div className={styles.roundHead}>
        <h3 className={styles.roundTitle}>{round.title}</h3>
        {writing ? (
          <Badge appearance="tint" color="warning" data-testid="groups-writing">
            Grupperna skapas ({round.groups.length} av {round.groupCount})
          </Badge>
        ) : (
          <Badge appearance="tint" color={round.invitedAt ? 'success' : 'informative'}>
            {round.invitedAt ? `Inbjudningar skickade ${dateTime(round.invitedAt)}` : 'Inte inbjudet än'}
          </Badge>
        )}
      </div>
      <p className={styles.meta}>
        {round.kindLabel} · {round.windowStart} – {round.windowEnd} · {round.groupCount} {round.groupCount === 1 ? 'grupp' : 'grupper'},{' '}
        {timed} med tid
      </p>
      {writing && (
        <p className={styles.summary} role="status">
          Grupperna sparas i SharePoint i omgångar i bakgrunden, så att kommunens övriga arbete inte får vänta. Inbjudningarna kan skickas
          när alla grupper finns.
        </p>
      )}
      <div className={styles.buttons}>
        <Button
          appearance={round.invitedAt ? 'secondary' : 'primary'}
          disabled={sending || writing}
          icon={sending ? <Spinner size="tiny" /> : undefined}
          onClick={async () => {
            setSending(true);
            await rounds.invite(round.id);
            setSending(false);
            setRevision((r) => r + 1);
            setOpen(true);
          }}
        >
          {round.invitedAt ? 'Skicka till nytillkomna' : 'Skicka inbjudningar'}
        </Button>
        <Button aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Dölj svaren' : 'Visa svaren'}
        </Button>
      </div>
      {summary && (
        <p className={styles.summary} role="status">
          {summary.queued} {summary.queued === 1 ? 'inbjudan' : 'inbjudningar'} skickas nu
          {summary.alreadyQueued ? `, ${summary.alreadyQueued} var redan skickade` : ''}.
          {summary.withoutConversation.length > 0 &&
            ` Boten når inte: ${summary.withoutConversation.map((p) => p.displayName).join(', ')}.`}
        </p>
      )}
      {open && <DialogueAnswers roundId={round.id} revision={revision} />}
    </li>
  );
}

function OrganiserRounds({ schoolYear, units }: { schoolYear: string; units: Unit[] }) {
  const styles = useDialoguesViewStyles();
  const rounds = useDialogueRounds(schoolYear);
  const types = useDialogueTypes();
  const [forming, setForming] = useState(false);
  return (
    <>
      <Panel
        title={`Dialogomgångar ${schoolYear}`}
        description="Skicka inbjudningarna när grupperna har fått tider. Boten skickar ett kort till var och en; här syns svaren och vem boten inte når."
      >
        {!rounds.list && rounds.rounds.status === 'loading' && <Spinner size="small" label="Hämtar dialogerna…" />}
        {rounds.rounds.status === 'error' && <ErrorBar error={rounds.rounds.error} onRetry={rounds.rounds.reload} />}
        {rounds.error && <ErrorBar error={rounds.error} onDismiss={rounds.dismiss} />}
        {rounds.list &&
          (rounds.list.length ? (
            <ul className={styles.rounds}>
              {rounds.list.map((r) => (
                <RoundItem key={r.id} round={r} rounds={rounds} />
              ))}
            </ul>
          ) : (
            <p className={styles.empty}>Inga dialogomgångar för läsåret ännu.</p>
          ))}
      </Panel>
      <Panel
        title="Ny dialogomgång"
        description="Förslaget grupperar rektorer efter skolform (3–4 per grupp) eller en enhet med medarbetare. Justera grupperna och ge dem tid, plats eller Teams-länk."
        actions={
          <Button aria-expanded={forming} onClick={() => setForming(!forming)}>
            {forming ? 'Stäng formuläret' : 'Skapa en dialogomgång'}
          </Button>
        }
      >
        {forming &&
          (types.length ? (
            <DialogueRoundForm key={schoolYear} schoolYear={schoolYear} types={types} units={units} onCreate={rounds.create} />
          ) : (
            <Spinner size="small" label="Hämtar dialogtyperna…" />
          ))}
      </Panel>
    </>
  );
}

/**
 * Dialoger: for the organiser, the year's rounds (create, invite, follow the answers); for everyone
 * invited, their invitations to answer; for each unit, the notes kept from its dialogues.
 */
export default function DialoguesView({ me, units, schoolYear, unitId, onUnitChange }: Props) {
  const styles = useDialoguesViewStyles();
  const organiser = isOrganiser(me);
  const types = useDialogueTypes();
  const unit = units.find((u) => u.id === unitId) ?? units[0];
  const writes = organiser || (unit ? isPrincipalOf(me, unit.id) : false);
  return (
    <div className={styles.root}>
      <ViewHeader
        title="Dialoger"
        intro="Förutsättnings-, process- och resultatdialoger: inbjudningar, svar och anteckningar som sparas med enhetens dokument."
      />
      {organiser && <OrganiserRounds schoolYear={schoolYear} units={units} />}
      <Panel title="Mina inbjudningar">
        <MyInvitations />
      </Panel>
      {unit && (
        <Panel
          title="Dialoganteckningar"
          description={`Anteckningar från läsårets dialoger med ${unit.name}.`}
          actions={units.length > 1 ? <UnitPicker units={units} value={unit.id} onChange={onUnitChange} /> : undefined}
        >
          <DialogueNotes
            key={`${unit.id}|${schoolYear}|${types.map((t) => t.key).join()}`}
            unitId={unit.id}
            unitName={unit.name}
            schoolYear={schoolYear}
            types={types}
            canWrite={writes}
          />
        </Panel>
      )}
    </div>
  );
}
