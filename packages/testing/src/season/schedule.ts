/**
 * The season's clock: a binary min-heap of the next step of every case under way, by the
 * instant it is recorded, ties broken by the case's place in the season (deterministic).
 */
export interface Scheduled<T> {
  readonly at: number;
  readonly seq: number;
  readonly value: T;
}

const before = <T>(a: Scheduled<T>, b: Scheduled<T>): boolean =>
  a.at < b.at || (a.at === b.at && a.seq < b.seq);

export class Schedule<T> {
  readonly #items: Scheduled<T>[] = [];

  get size(): number {
    return this.#items.length;
  }

  peek(): Scheduled<T> | undefined {
    return this.#items[0];
  }

  push(item: Scheduled<T>): void {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Scheduled<T>, items[parent] as Scheduled<T>)) break;
      [items[i], items[parent]] = [items[parent] as Scheduled<T>, items[i] as Scheduled<T>];
      i = parent;
    }
  }

  pop(): Scheduled<T> | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && before(items[left] as Scheduled<T>, items[least] as Scheduled<T>))
        least = left;
      if (
        right < items.length &&
        before(items[right] as Scheduled<T>, items[least] as Scheduled<T>)
      )
        least = right;
      if (least === i) return top;
      [items[i], items[least]] = [items[least] as Scheduled<T>, items[i] as Scheduled<T>];
      i = least;
    }
  }
}
