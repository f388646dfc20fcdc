import { useDemoModeBadgeStyles } from './DemoModeBadge.styles';

/** Says that this is the local demo sign-in, not a real one. */
export function DemoModeBadge() {
  const styles = useDemoModeBadgeStyles();
  return <span className={styles.root}>Lokalt demoläge</span>;
}
