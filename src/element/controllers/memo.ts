/**
 * Remembers a derived value and recomputes it only when one of its inputs is a different value
 * (`Object.is`, input by input), as Lit's `Task` decides from its `args`. Controllers use it so
 * that a store tick, which changes none of their inputs, hands children the very same objects.
 */
export class Memo<R> {
  private inputs: readonly unknown[] | null = null;
  private value: R | undefined;

  /** The value for these inputs: the remembered one, or `compute()` when an input changed. */
  get(inputs: readonly unknown[], compute: () => R): R {
    if (this.inputs === null || !sameInputs(this.inputs, inputs)) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as R;
  }
}

/** Whether two input lists hold the same values, position by position. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** `previous` when `next` holds the same items, so that its identity holds; else `next`. */
export function keepIfSame<T>(
  previous: readonly T[] | undefined,
  next: readonly T[],
): readonly T[] {
  return previous && sameInputs(previous, next) ? previous : next;
}
