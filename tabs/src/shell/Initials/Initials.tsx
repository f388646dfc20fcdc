import { mergeClasses } from '@fluentui/react-components';
import { useInitialsStyles } from './Initials.styles';

const COLOURS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const;

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

function colourOf(name: string) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}

/**
 * A person's initials in a coloured circle, like Teams' avatar. Decorative: the name is always
 * written beside it. (Fluent's Avatar would add ~20 kB to the first screen for no more than this.)
 */
export function Initials({ name, size = 'medium' }: { name: string; size?: 'small' | 'medium' }) {
  const styles = useInitialsStyles();
  return (
    <span className={mergeClasses(styles.root, styles[size], styles[colourOf(name)])} aria-hidden>
      {initialsOf(name)}
    </span>
  );
}
