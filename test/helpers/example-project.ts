import { afterAll, beforeAll } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { createInProcessHost, type InProcessHost } from './in-process-host';

export const EXAMPLE_SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

export interface ExampleProject {
  /** The project file, for reading it directly with SQL. */
  path: () => string;
  /** Calls the contract as a host does; a failed result throws with its English message. */
  call: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
}

/** The example project, built once for a test file through the contract (`example.open`), in a temporary folder. */
export function useExampleProject(): ExampleProject {
  let project = '';
  let host: InProcessHost | undefined;
  const call: ExampleProject['call'] = async (channel, request) => {
    const result = await host!.call(channel, request);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  };
  beforeAll(async () => {
    host = createInProcessHost();
    project = (await call('example.open', {})).path;
  });
  afterAll(() => host?.close());
  return { path: () => project, call };
}
