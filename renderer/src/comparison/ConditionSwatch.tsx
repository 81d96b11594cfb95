/** A small block in a condition's colour beside its name; decoration, the name says it. */
export function ConditionSwatch({ color }: { color: string | null }) {
  return (
    <span className="comparison-swatch" style={color ? { backgroundColor: color } : undefined} aria-hidden="true" />
  );
}
