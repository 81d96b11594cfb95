import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { makeTempFolder } from './render-app';

/**
 * A fresh settings folder and in-process engine for every test of the surrounding `describe`, and after
 * each test the rendered page unmounted, the project closed and the folder removed, so no test sees another's
 * files. Read `temp` and `engine` inside tests and hooks: they are new for each test.
 */
export function enginePerTest(): {
  readonly temp: ReturnType<typeof makeTempFolder>;
  readonly engine: InProcessHost;
} {
  let temp: ReturnType<typeof makeTempFolder> | undefined;
  let engine: InProcessHost | undefined;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
  });

  afterEach(() => {
    cleanup();
    engine?.workbench.close();
    temp?.remove();
  });

  return {
    get temp() {
      if (!temp) throw new Error('enginePerTest: the folder exists only inside a test');
      return temp;
    },
    get engine() {
      if (!engine) throw new Error('enginePerTest: the engine exists only inside a test');
      return engine;
    },
  };
}
