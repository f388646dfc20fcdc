import { makeStyles, tokens } from '@fluentui/react-components';

export const useReadOnlyNoteStyles = makeStyles({
  root: {
    alignSelf: 'flex-start',
    margin: 0,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});
