import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';

/**
 * A button whose action is running: a spinner in place of its icon, and it cannot be pressed
 * again meanwhile (disabled, unless the caller keeps it focusable with `disabledFocusable`).
 */
export function BusyButton({ busy, disabled, disabledFocusable, icon, ...props }: ButtonProps & { busy?: boolean }) {
  return (
    <Button
      {...props}
      disabled={disabledFocusable === undefined ? Boolean(busy) || disabled : disabled}
      disabledFocusable={disabledFocusable}
      icon={busy ? <Spinner size="tiny" /> : icon}
    />
  );
}
