/**
 * Intl objects made once per process and reused: building one loads ICU's data for its locale,
 * while using it again costs next to nothing. Keys name the kind, the locale and the options.
 */
const made = new Map<string, unknown>();

/** The Intl object stored under `key`, made by `make` the first time it is asked for. */
export function memoIntl<T>(key: string, make: () => T): T {
  let hit = made.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    made.set(key, hit);
  }
  return hit;
}
