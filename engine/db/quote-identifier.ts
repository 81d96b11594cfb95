/** Quotes an SQL identifier. Names from files never reach SQL any other way. */
export function quoteIdentifier(name: string): string {
  if (name.includes('\u0000')) throw new Error('An identifier cannot contain a NUL character');
  return `"${name.replace(/"/g, '""')}"`;
}
