/** The SQLite column of a dataset's variable at a position: headers from files never become identifiers. */
export function storageName(position: number): string {
  return `c${position + 1}`;
}
