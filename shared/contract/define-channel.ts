import type { z } from 'zod';

/** One contract channel: the zod schema of its request and (as a type only) its response. */
export function channel<Req extends z.ZodType, Res>(request: Req) {
  return { request, response: undefined as unknown as Res };
}
