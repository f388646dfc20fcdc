/** A goal area's heading in a document: the overline "Övergripande målområde" above its name; each document styles it. */
export function GoalAreaHeading({
  id,
  level,
  label,
  classes,
}: {
  id: string;
  level: 2 | 3;
  label: string;
  classes: { block: string; overline: string; title: string };
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={classes.block}>
      <span className={classes.overline}>Övergripande målområde</span>
      <Heading id={id} className={classes.title}>
        {label}
      </Heading>
    </div>
  );
}
