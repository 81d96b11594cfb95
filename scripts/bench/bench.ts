import { benchFolder, importBench, surveyImport, wideMonitorImport } from './import.bench';
import { startUpBench } from './start-up.bench';
import { scoresBench } from './scores.bench';
import { crosstabBench } from './crosstab.bench';
import type { BenchResult } from './measure';

/**
 * `npm run bench`: every speed goal as a ratio against a reference run side by side. The commands are
 * measured as a user runs them, so the command line is built first (`npm run build:cli`).
 */
const folder = benchFolder();
const results: BenchResult[] = [
  await startUpBench(folder),
  await importBench(folder, surveyImport(folder)),
  await importBench(folder, wideMonitorImport(folder)),
  await scoresBench(folder),
  await crosstabBench(folder),
];
let failed = 0;
for (const result of results) {
  const ok = result.ratio <= result.goal && (result.extraChecks ?? []).every((c) => c.ok);
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${result.name}: ratio ${result.ratio.toFixed(2)} (goal ≤ ${result.goal.toFixed(2)}); ${result.details}`,
  );
}
process.exitCode = failed ? 1 : 0;
