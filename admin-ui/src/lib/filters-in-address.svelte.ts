import { goto } from "$app/navigation";

/**
 * Keeps a list's filters in the address, so that coming back from a detail page finds the list as it was left.
 * `read` gives the filters in the order they are written; null leaves one out, an empty string is kept (it may
 * mean "all" where the default is narrower). A changed filter calls `restart` (back to the first page).
 */
export function filtersInAddress(read: () => Record<string, string | null>, restart: () => void) {
  let previous = "";
  $effect(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built to compare and write, not state
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(read())) if (value !== null) next.set(key, value);
    const text = next.toString();
    if (previous && text !== previous) {
      restart();
      void goto(`?${text}`, { shallow: true, replace: true });
    }
    previous = text;
  });
}
