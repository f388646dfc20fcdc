import { makeStyles, tokens } from '@fluentui/react-components';
import { noteTitle, warningNote } from '../../../shared/styles/blocks';

export const useDialogueAnswersStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  warning: warningNote,
  warningTitle: noteTitle,
  warningText: { margin: `${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase200 },
  people: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});
