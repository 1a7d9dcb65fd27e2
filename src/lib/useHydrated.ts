import { startTransition, useEffect, useState } from 'react';

/**
 * False on the server and in the render that hydrates the server HTML (so the markup matches), true
 * once the component has committed: gate anything the HTML could not know, such as enabling controls
 * whose code is in.
 *
 * The switch is a transition, which React renders in short slices after the hydration has committed.
 * (useSyncExternalStore, used before, re-renders every user at once and synchronously: one long task
 * just after the page starts. useDeferredValue(true, false) does the same job but can stay on false
 * when the component suspended while mounting.) A component mounted by a client-side navigation
 * also starts with false and switches a moment later.
 */
export function useHydrated(): boolean {
  return useClientValue(neverChanges, alwaysTrue, false);
}

const neverChanges = () => () => {};
const alwaysTrue = () => true;

/**
 * A value kept outside React (storage, media queries) that the server cannot know: `serverValue` on
 * the server and while hydrating, then the client's value, switched in a transition after hydration
 * and kept current through `subscribe`. (useSyncExternalStore with a server snapshot does the same
 * but re-renders synchronously, from the root, whenever the two differ: one more long task just after
 * the page starts.) Pass stable `subscribe` and `read` functions.
 */
export function useClientValue<T>(subscribe: (onChange: () => void) => () => void, read: () => T, serverValue: T): T {
  const [value, setValue] = useState<T>(serverValue);
  useEffect(() => {
    startTransition(() => setValue(read()));
    // A change the learner makes (a click) shows at once.
    return subscribe(() => setValue(read()));
  }, [subscribe, read]);
  return value;
}
