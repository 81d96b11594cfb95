import type { WerkbankApi } from './api';
import type { Channel, RequestOf, ResponseOf } from './channels';
import { contractError, WerkbankError } from './errors';
import { fail, type LocalizedText, type Result } from './result';
import { parseRequest, type Dispatch } from './serve-contract';

/**
 * The one way to call the engine: a channel and its request in, the channel's response or the contract's
 * error out, typed from the contract. The renderer calls it over `window.api`, the command line and the
 * tests over a dispatch in their own process.
 */
export type Caller = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** A caller that answers with the response itself and throws the contract's error (a `ContractError`). */
export type ThrowingCaller = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;

/**
 * The caller over a host's API (Electron's preload, the browser bridge). A call that does not arrive (a
 * broken connection) answers as an `internal` error, so every caller shows it as it shows any other.
 */
export function createCaller(api: Pick<WerkbankApi, 'invoke'>): Caller {
  return async (channel, request) => {
    try {
      return await api.invoke(channel, request);
    } catch (error) {
      return fail(contractError('internal', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };
}

/**
 * The caller over a dispatch in this process (the command line, tests). A dispatch made by
 * `createDispatch` serves the contract's handlers, so its answer to a channel is that channel's
 * response: this is the one place that says so.
 */
export function dispatchCaller(dispatch: Dispatch): Caller {
  return createCaller({
    invoke: <C extends Channel>(channel: C, request: RequestOf<C>) =>
      dispatch(channel, request) as Promise<Result<ResponseOf<C>>>,
  });
}

/** The same calls, answering with the response and throwing the contract's error. */
export function throwingCaller(call: Caller): ThrowingCaller {
  return async (channel, request) => {
    const answer = await call(channel, request);
    if (!answer.ok) throw answer.error;
    return answer.data;
  };
}

/** What a reporting caller answers when the engine refused: the error has then been reported already. */
export const failed = Symbol('failed');

/** The same calls, answering with the data, or with `failed` after the error's text went to `report` (a store shows it). */
export function reportingCaller(call: Caller, report: (error: LocalizedText) => void) {
  return async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | typeof failed> => {
    const answer = await call(channel, request);
    if (answer.ok) return answer.data;
    report(answer.error.message);
    return failed;
  };
}

/**
 * A request from outside the type system (a command line's flags), checked with the channel's schema:
 * typed when the schema takes it, else refused (a `WerkbankError`) with the words the dispatch would use.
 */
export function requestFrom<C extends Channel>(channel: C, input: unknown): RequestOf<C> {
  const parsed = parseRequest(channel, input);
  if (!parsed.ok) throw new WerkbankError(parsed.error);
  // The schema took it, so it is an input the schema takes.
  return input as RequestOf<C>;
}
