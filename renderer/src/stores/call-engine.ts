import type { WerkbankApi } from '../../../shared/contract/api';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';

export type EngineAnswer<T> = { ok: true; data: T } | { ok: false; error: LocalizedText };

function unexpected(error: unknown): LocalizedText {
  const detail = error instanceof Error ? error.message : String(error);
  return { nl: `Er ging iets onverwachts mis: ${detail}`, en: `Something unexpected went wrong: ${detail}` };
}

/** Calls the engine; a broken connection becomes an error message like any other, so every store shows it the same way. */
export async function callEngine<C extends Channel>(
  api: WerkbankApi,
  channel: C,
  request: RequestOf<C>,
): Promise<EngineAnswer<ResponseOf<C>>> {
  try {
    const result = await api.invoke(channel, request);
    return result.ok ? result : { ok: false, error: result.error.message };
  } catch (error) {
    return { ok: false, error: unexpected(error) };
  }
}

/** What a store's call answers when the engine refused: the error has then been shown already. */
export const failed = Symbol('failed');

/** A store's way to call the engine: the data, or `failed` after the error has gone to `showError`. */
export function engineCaller(api: WerkbankApi, showError: (error: LocalizedText) => void) {
  return async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | typeof failed> => {
    const answer = await callEngine(api, channel, request);
    if (answer.ok) return answer.data;
    showError(answer.error);
    return failed;
  };
}
