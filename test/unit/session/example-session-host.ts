import { afterAll, beforeAll } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { ContractError } from '../../../shared/contract/result';
import { createInProcessHost, type InProcessHost } from '../../helpers/in-process-host';

export const CENTRUM = 'WK026801';
export const ZUID = 'WK026806';
/** The example's area under the publication threshold (8 respondents). */
export const NOORD = 'WK026809';

/**
 * The example project, opened once for the test file in a workbench of its own, and the two ways the
 * session tests call it: `call` answers the data (a refusal throws), `refusal` answers the error.
 */
export function useExampleSessionHost() {
  let host: InProcessHost | undefined;
  let projectPath = '';
  beforeAll(async () => {
    host = createInProcessHost({ rememberRecent: false });
    const opened = await host.call('example.open', {});
    if (!opened.ok) throw new Error(opened.error.message.en);
    projectPath = opened.data.path;
  });
  afterAll(() => host?.close());
  const opened = () =>
    host ??
    (() => {
      throw new Error('the example project is opened in beforeAll');
    })();
  return {
    host: opened,
    projectPath: () => projectPath,
    async call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const result = await opened().call(channel, request);
      if (!result.ok) throw new Error(`${channel} refused: ${result.error.message.en}`);
      return result.data;
    },
    async refusal<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ContractError> {
      const result = await opened().call(channel, request);
      if (result.ok) throw new Error(`${channel} was accepted`);
      return result.error;
    },
  };
}
