import { describe, expect, it } from 'vitest';
import { createCaller, failed, reportingCaller, requestFrom } from '../../../shared/contract/caller';
import { WerkbankError } from '../../../shared/contract/errors';
import type { LocalizedText } from '../../../shared/contract/result';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

describe('the typed caller', () => {
  it('answers a channel with its response, and a refusal with the contract error', async () => {
    const host = createInProcessHost({ settingsFolder: tempFolder() });
    try {
      expect(await host.call('project.current', {})).toEqual({ ok: true, data: null });
      expect(await host.call('datasets.list', {})).toMatchObject({ ok: false, error: { code: 'no_project_open' } });
    } finally {
      host.close();
    }
  });

  it('answers a call that did not arrive as an unexpected error, in both languages', async () => {
    const call = createCaller({
      invoke: () => Promise.reject(new Error('Failed to fetch')),
    });
    expect(await call('app.info', {})).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: {
          nl: 'Er ging iets onverwachts mis: Failed to fetch',
          en: 'Something unexpected went wrong: Failed to fetch',
        },
      },
    });
  });

  it('reports a refusal once and answers `failed`', async () => {
    const host = createInProcessHost({ settingsFolder: tempFolder() });
    const reported: LocalizedText[] = [];
    try {
      const call = reportingCaller(host.call, (error) => reported.push(error));
      expect(await call('project.current', {})).toBeNull();
      expect(await call('datasets.list', {})).toBe(failed);
      expect(reported).toHaveLength(1);
      expect(reported[0]?.en).toContain('project');
    } finally {
      host.close();
    }
  });

  it('types a request from outside once its channel takes it, and refuses it in the dispatch’s words otherwise', async () => {
    const host = createInProcessHost({ settingsFolder: tempFolder() });
    try {
      expect(requestFrom('project.open', { path: 'p.skw' })).toEqual({ path: 'p.skw' });
      const refusal = catchError(() => requestFrom('project.open', { path: 42 }));
      const dispatched = await host.dispatch('project.open', { path: 42 });
      expect(dispatched).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(refusal).toBeInstanceOf(WerkbankError);
      expect(refusal instanceof WerkbankError && refusal.error).toEqual(!dispatched.ok && dispatched.error);
    } finally {
      host.close();
    }
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}
