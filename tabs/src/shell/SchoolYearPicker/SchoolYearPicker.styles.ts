import { makeStyles } from '@fluentui/react-components';

export const useSchoolYearPickerStyles = makeStyles({
  field: { minWidth: '8rem' },
});
