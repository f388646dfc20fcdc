import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, shrinkingStack, smallHeading } from '../../../shared/styles/blocks';

export const useNoteActionsStyles = makeStyles({
  root: shrinkingStack(tokens.spacingVerticalS),
  title: smallHeading,
  list: plainList(tokens.spacingVerticalS),
  action: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  linked: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: '10rem' },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});
