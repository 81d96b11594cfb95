import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../package.json';

/** The checkout or installed package the command runs from: one folder up from cli/, two from its build in out/cli/. */
const packageFolder = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../' : '../../', import.meta.url));

/** What the engine learns from the host: the app's name and version, and where the example data is. */
export const installation = {
  appName: packageJson.productName,
  appVersion: packageJson.version,
  datasetsFolder: path.join(packageFolder, 'datasets'),
};
