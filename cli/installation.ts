import path from 'node:path';
import packageJson from '../package.json';
import { packageFolder } from '../serve/built-renderer';

/** What the engine learns from the host: the app's name and version, and where the example data is. */
export const installation = {
  appName: packageJson.productName,
  appVersion: packageJson.version,
  datasetsFolder: path.join(packageFolder, 'datasets'),
};
