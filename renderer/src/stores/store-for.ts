import type { WerkbankApi } from '../../../shared/contract/api';

/** Per engine connection: the stores made for it, one per kind, keyed by the function that makes that kind. */
const connections = new WeakMap<WerkbankApi, Map<(api: WerkbankApi) => unknown, unknown>>();

/**
 * The store that `create` makes for this engine connection, made the first time it is asked for and the
 * same one after that. A section's store is thus kept while the user visits other sections, so coming back
 * shows what was there; a new project (a new connection) starts it afresh.
 */
export function storeFor<Store>(api: WerkbankApi, create: (api: WerkbankApi) => Store): Store {
  let stores = connections.get(api);
  if (!stores) {
    stores = new Map();
    connections.set(api, stores);
  }
  if (!stores.has(create)) stores.set(create, create(api));
  return stores.get(create) as Store;
}
