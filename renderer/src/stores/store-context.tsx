import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';

export interface StoreContext<State> {
  /** Hands `store` to everything below it. */
  Provider(props: { store: StoreApi<State>; children: ReactNode }): ReactNode;
  /** The store itself, for the few places that call its actions outside rendering. */
  useStoreApi(): StoreApi<State>;
  /** A slice of the store's state; the component renders again when that slice changes. */
  useSelect<T>(selector: (state: State) => T): T;
}

/**
 * A React context for one kind of store: a Provider that hands a store down, and hooks that read it.
 * A store per Provider rather than a module singleton, so each test renders with its own engine.
 * `name` is what an error says when a hook is used outside its Provider (`useCoding`, `<CodingProvider>`).
 */
export function createStoreContext<State>(name: string): StoreContext<State> {
  const Context = createContext<StoreApi<State> | null>(null);

  function useStoreApi(): StoreApi<State> {
    const store = useContext(Context);
    if (!store) throw new Error(`use${name} is used outside <${name}Provider>`);
    return store;
  }

  function useSelect<T>(selector: (state: State) => T): T {
    return useStore(useStoreApi(), selector);
  }

  function Provider({ store, children }: { store: StoreApi<State>; children: ReactNode }) {
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }

  return { Provider, useStoreApi, useSelect };
}
