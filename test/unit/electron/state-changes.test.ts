import { describe, expect, it, vi } from 'vitest';
import { contractError } from '../../../shared/contract/errors';
import { fail, ok } from '../../../shared/contract/result';
import type { Dispatch } from '../../../shared/contract/serve-contract';
import { notifyStateChanges } from '../../../electron/main/state-changes';

describe('menu and title refresh after changes', () => {
  it('refreshes after the language, projects or recent list changed', async () => {
    const onChange = vi.fn();
    const dispatch = notifyStateChanges(async () => ok(null), onChange);
    for (const channel of ['app.setLanguage', 'project.create', 'project.open', 'project.close', 'projects.forget'])
      await dispatch(channel, {});
    expect(onChange).toHaveBeenCalledTimes(5);
  });

  it('does not refresh after a request that only reads', async () => {
    const onChange = vi.fn();
    const dispatch = notifyStateChanges(async () => ok(null), onChange);
    await dispatch('app.info', {});
    await dispatch('datasets.list', {});
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not refresh after a failed change', async () => {
    const onChange = vi.fn();
    const failing: Dispatch = async () => fail(contractError('file_not_found', { file: '/x.skw' }));
    await notifyStateChanges(failing, onChange)('project.open', { path: '/x.skw' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('still reports the change as done when the refresh fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatch = notifyStateChanges(
      async () => ok('done'),
      () => {
        throw new Error('menu broke');
      },
    );
    await expect(dispatch('project.close', {})).resolves.toEqual({ ok: true, data: 'done' });
    error.mockRestore();
  });
});
