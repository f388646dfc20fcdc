import { useEffect, useState } from 'react';
import { useSavedNoticeStyles } from './SavedNotice.styles';

/** "Sparat" for a moment after each save; announced politely to screen readers. */
export function SavedNotice({ savedAt }: { savedAt: number | null }) {
  const styles = useSavedNoticeStyles();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (savedAt === null) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), 2500);
    return () => clearTimeout(timer);
  }, [savedAt]);

  return (
    <div className={styles.region} role="status" aria-live="polite">
      {visible && <span className={styles.pill}>Sparat</span>}
    </div>
  );
}
