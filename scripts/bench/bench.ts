import { benchFolder, importBench } from './import.bench';
import { scoresBench } from './scores.bench';
import { crosstabBench } from './crosstab.bench';
import type { BenchResult } from './measure';

/** `npm run bench`: every speed goal as a ratio against a reference run side by side. */
const folder = benchFolder();
const results: BenchResult[] = [await importBench(folder), await scoresBench(folder), await crosstabBench(folder)];
let failed = 0;
for (const result of results) {
  const ok = result.ratio <= result.goal && (result.extraChecks ?? []).every((c) => c.ok);
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'SLOW'} ${result.name}: ratio ${result.ratio.toFixed(2)} (goal ≤ ${result.goal.toFixed(2)}); ${result.details}`);
}
process.exitCode = failed ? 1 : 0;
