import { makeStyles, tokens } from '@fluentui/react-components';

const text = { fontFamily: tokens.fontFamilyBase } as const;

export const useWheelRingStyles = makeStyles({
  svg: { width: '100%', maxWidth: '30rem', height: 'auto', display: 'block' },
  monthEven: { fill: 'none', stroke: tokens.colorNeutralBackground3, strokeWidth: '28px' },
  monthOdd: { fill: 'none', stroke: tokens.colorNeutralBackground4, strokeWidth: '28px' },
  monthLabel: { ...text, fontSize: '12px', fontWeight: tokens.fontWeightSemibold, fill: tokens.colorNeutralForeground1 },
  guide: { fill: 'none', stroke: tokens.colorNeutralStroke3, strokeWidth: '1px', strokeDasharray: '2 4' },
  arc: { fill: 'none', strokeWidth: '14px', strokeLinecap: 'round' },
  // Markers are rings in the kind's colour around a number in the page's own text colour: readable in every theme.
  marker: { fill: tokens.colorNeutralBackground1, strokeWidth: '3px' },
  tick: { strokeWidth: '3px', strokeLinecap: 'round' },
  // One colour per kind: the stroke of arcs and ticks, the fill of markers (the list names the kind too).
  strokeDialogueWindow: { stroke: tokens.colorBrandBackground },
  strokeSurveyRound: { stroke: tokens.colorPaletteTealBorderActive },
  strokeDocumentDeadline: { stroke: tokens.colorPaletteMarigoldBorderActive },
  strokeBoardMeeting: { stroke: tokens.colorPaletteBerryBorderActive },
  strokeCheckIn: { stroke: tokens.colorNeutralForeground3 },
  badge: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground1, strokeWidth: '1.5px' },
  badgeText: { ...text, fontSize: '11px', fontWeight: tokens.fontWeightBold, fill: tokens.colorNeutralForeground1 },
  markerText: { ...text, fontSize: '11px', fontWeight: tokens.fontWeightBold, fill: tokens.colorNeutralForeground1 },
  hand: { stroke: tokens.colorNeutralForeground1, strokeWidth: '2px', strokeDasharray: '5 3' },
  handHub: { fill: tokens.colorNeutralForeground1 },
  centerYear: { ...text, fontSize: '22px', fontWeight: tokens.fontWeightSemibold, fill: tokens.colorNeutralForeground1 },
  centerToday: { ...text, fontSize: '12px', fill: tokens.colorNeutralForeground2 },
});
