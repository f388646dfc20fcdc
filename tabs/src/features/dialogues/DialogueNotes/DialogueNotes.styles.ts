import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../../../shared/styles/blocks';

export const useDialogueNotesStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: plainList(tokens.spacingVerticalS),
  note: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  body: { margin: 0, whiteSpace: 'pre-wrap' },
  empty: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});
