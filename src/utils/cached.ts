/** Anything that remembers values by key: a `Map` or a `WeakMap`. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `store` holds for `key`; on the first ask, `make` makes it and `store` keeps it. */
export function cached<K, V>(store: Store<K, V>, key: K, make: (key: K) => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make(key);
    store.set(key, value);
  }
  return value;
}
