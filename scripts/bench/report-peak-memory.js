// Preloaded with `node --import` into a command the bench runs: at exit it writes the process's peak
// resident memory (all threads) in MB to the file named by WERKBANK_BENCH_PEAK_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  writeFileSync(process.env.WERKBANK_BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS / 1024));
});
