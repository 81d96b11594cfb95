import { isChannel, contract, type Channel, type ParsedRequestOf, type ResponseOf } from './channels';
import { WerkbankError, contractError } from './errors';
import { describeRequestIssues } from './request-issues';
import { fail, ok, type Result } from './result';

export type Handler<C extends Channel> = (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one capability's channels (`HandlersOf<typeof codebookChannels>`). */
export type HandlersOf<Channels> = { [C in keyof Channels & Channel]: Handler<C> };

export type Dispatch = (channel: string, request: unknown) => Promise<Result<unknown>>;

/** A request checked with its channel's schema: parsed, or refused as `invalid_request` saying what was sent. */
export function parseRequest<C extends Channel>(channel: C, request: unknown): Result<ParsedRequestOf<C>> {
  // The input goes into the issues so the refusal can say what was sent ("not GM99").
  const parsed = contract[channel].request.safeParse(request ?? {}, { reportInput: true });
  if (!parsed.success)
    return fail(contractError('invalid_request', { channel, issues: describeRequestIssues(parsed.error.issues) }));
  return ok(parsed.data as ParsedRequestOf<C>);
}

/**
 * The one way a host serves the contract: validate the request with the channel's schema, run the
 * handler, and turn every outcome (including a thrown error) into a Result.
 */
export function createDispatch(handlers: Handlers, onUnexpected?: (error: unknown) => void): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) return fail(contractError('unknown_channel', { channel: String(channel) }));
    const parsed = parseRequest(channel, request);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[channel] as (req: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof WerkbankError) return fail(error.error);
      onUnexpected?.(error);
      const detail = error instanceof Error ? error.message : String(error);
      return fail(contractError('internal', { detail }));
    }
  };
}

/** Registers every channel with a transport (Electron's ipcMain.handle, the HTTP bridge's router). */
export function registerContract(
  dispatch: Dispatch,
  register: (channel: Channel, invoke: (request: unknown) => Promise<Result<unknown>>) => void,
): void {
  for (const name of Object.keys(contract) as Channel[]) {
    register(name, (request) => dispatch(name, request));
  }
}
