/** A code's colour as a small square; hatched where the code has no colour at all. */
export function Swatch({ color, large }: { color: string | null; large?: boolean }) {
  const classes = ['code-swatch', large ? 'code-swatch--large' : '', color ? '' : 'code-swatch--none']
    .filter(Boolean)
    .join(' ');
  return <span className={classes} aria-hidden="true" style={color ? { backgroundColor: color } : undefined} />;
}
