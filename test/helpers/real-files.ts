import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './run-cli';

/**
 * The real exports the tests read (attribution and licences in datasets/README.md). They live in the
 * repository, so a clean clone runs the suite with nothing beside it.
 */
const REAL_FILES = {
  'ggd-wijk-eenzaamheid-2016.csv': 'datasets/ggd-wijk-eenzaamheid-2016.csv',
  'cbs-statline-ses-woa-2019-amsterdam.csv': 'test/fixtures/real/cbs-statline-ses-woa-2019-amsterdam.csv',
  'elan-wijken-zorg-inkomen-2009-2022.csv': 'test/fixtures/real/elan-wijken-zorg-inkomen-2009-2022.csv',
} as const;

export type RealFileName = keyof typeof REAL_FILES;

export const realFileNames = Object.keys(REAL_FILES) as RealFileName[];

export function realFilePath(name: RealFileName): string {
  return path.join(repoRoot, REAL_FILES[name]);
}

/** The file's bytes, the way the import gets them. */
export function readRealFile(name: RealFileName): Uint8Array {
  return new Uint8Array(readFileSync(realFilePath(name)));
}
