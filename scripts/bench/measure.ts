export interface BenchResult {
  name: string;
  /** Our time divided by the reference's, measured side by side in the same run. */
  ratio: number;
  goal: number;
  details: string;
  extraChecks?: { name: string; ok: boolean }[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
