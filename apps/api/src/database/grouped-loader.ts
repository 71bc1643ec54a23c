import DataLoader from 'dataloader';

/**
 * A DataLoader of lists: one statement for every key asked for in a tick, its rows grouped
 * back by key (an empty list for a key with none).
 */
export function groupedLoader<T>(
  list: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (item: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const item of await list(keys)) groups.get(keyOf(item))?.push(item);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
