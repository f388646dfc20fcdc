import { mergeClasses } from '@fluentui/react-components';
import type { ResolvedEvent, WheelEventKind } from '../../../api/organiser-types';
import { arcPath, isWindow, laneOf, monthFractions, pointAt, wheelEntries, yearFraction } from '../wheel-geometry';
import { useWheelRingStyles } from './WheelRing.styles';

interface Props {
  schoolYear: string;
  events: ResolvedEvent[];
  /** Today (YYYY-MM-DD): a hand points at it when it lies in the year. */
  today: string;
}

const C = 210;
const LANE_RADIUS = [154, 132, 110, 90];

/**
 * The school year as a ring of twelve months, August at the top: windows as arcs, single days as
 * numbered markers, the monthly check-ins as ticks, and a hand at today. The list beside it
 * carries the same events in words (the drawing is hidden from screen readers).
 */
export function WheelRing({ schoolYear, events, today }: Props) {
  const styles = useWheelRingStyles();
  const months = monthFractions(schoolYear);
  const { main, checkIns } = wheelEntries(events);
  const first = Number(schoolYear.slice(0, 4));
  const inYear = today >= `${first}-08-01` && today < `${first + 1}-08-01`;
  const now = yearFraction(schoolYear, today);
  const stroke: Record<WheelEventKind, string> = {
    dialogueWindow: styles.strokeDialogueWindow,
    surveyRound: styles.strokeSurveyRound,
    documentDeadline: styles.strokeDocumentDeadline,
    boardMeeting: styles.strokeBoardMeeting,
    milestone: styles.strokeBoardMeeting,
    checkIn: styles.strokeCheckIn,
  };
  return (
    <svg className={styles.svg} viewBox="0 0 420 420" aria-hidden focusable="false" data-testid="year-wheel">
      {months.map((m, i) => {
        const [lx, ly] = pointAt(C, C, 186, (m.start + m.end) / 2);
        return (
          <g key={m.label}>
            <path d={arcPath(C, C, 186, m.start, m.end - 0.002)} className={i % 2 ? styles.monthOdd : styles.monthEven} />
            <text x={lx} y={ly} className={styles.monthLabel} textAnchor="middle" dominantBaseline="central">
              {m.label}
            </text>
          </g>
        );
      })}
      {LANE_RADIUS.slice(0, 3).map((r) => (
        <circle key={r} cx={C} cy={C} r={r} className={styles.guide} />
      ))}
      {checkIns.map((e) => {
        const f = yearFraction(schoolYear, e.startDate);
        const [x1, y1] = pointAt(C, C, LANE_RADIUS[3] - 6, f);
        const [x2, y2] = pointAt(C, C, LANE_RADIUS[3] + 6, f);
        return <line key={e.key} x1={x1} y1={y1} x2={x2} y2={y2} className={mergeClasses(styles.tick, stroke.checkIn)} />;
      })}
      {main.map(({ n, event: e }) => {
        const r = LANE_RADIUS[laneOf(e.kind)];
        const from = yearFraction(schoolYear, e.startDate);
        if (isWindow(e)) {
          const to = yearFraction(schoolYear, e.endDate) + 1 / 365;
          const [bx, by] = pointAt(C, C, r, (from + Math.max(to, from)) / 2);
          return (
            <g key={e.key}>
              <path
                d={arcPath(C, C, r, from, Math.max(to, from + 0.01))}
                className={mergeClasses(styles.arc, stroke[e.kind] ?? styles.strokeCheckIn)}
              />
              <circle cx={bx} cy={by} r={9} className={styles.badge} />
              <text x={bx} y={by} className={styles.badgeText} textAnchor="middle" dominantBaseline="central">
                {n}
              </text>
            </g>
          );
        }
        const [x, y] = pointAt(C, C, r, from);
        return (
          <g key={e.key}>
            <circle cx={x} cy={y} r={10} className={mergeClasses(styles.marker, stroke[e.kind] ?? styles.strokeCheckIn)} />
            <text x={x} y={y} className={styles.markerText} textAnchor="middle" dominantBaseline="central">
              {n}
            </text>
          </g>
        );
      })}
      {inYear && (
        <line
          x1={pointAt(C, C, 46, now)[0]}
          y1={pointAt(C, C, 46, now)[1]}
          x2={pointAt(C, C, 172, now)[0]}
          y2={pointAt(C, C, 172, now)[1]}
          className={styles.hand}
        />
      )}
      {inYear && <circle cx={pointAt(C, C, 172, now)[0]} cy={pointAt(C, C, 172, now)[1]} r={4} className={styles.handHub} />}
      <text x={C} y={C - 4} className={styles.centerYear} textAnchor="middle">
        {schoolYear}
      </text>
      {inYear && (
        <text x={C} y={C + 16} className={styles.centerToday} textAnchor="middle">
          i dag {Number(today.slice(8, 10))}/{Number(today.slice(5, 7))}
        </text>
      )}
    </svg>
  );
}
