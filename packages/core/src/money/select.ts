/**
 * The k-th smallest of `values[0..n)` (k from 0), found by Hoare's selection in place: the
 * order of `values` is scrambled. Linear on average, against n log n for sorting; the value
 * is the same whatever the method, so the callers' results do not depend on it. A run that
 * keeps splitting badly (an unlucky pattern for the middle pivot) finishes with a sort.
 *
 * @example kthSmallest(Float64Array.of(5, 1, 4, 2), 4, 1) // 2
 */
export function kthSmallest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  // Each round should about halve the range; past this many rounds the sort bounds the work.
  // Stryker disable next-line ArithmeticOperator: the count bounds the time only; a sort or more rounds find the same value
  let rounds = 2 * Math.ceil(Math.log2(n + 1)) + 8;
  // Stryker disable next-line EqualityOperator: a range of one is its own value either way
  while (lo < hi) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator,BlockStatement: when the sort takes over changes the time, not the value
    if (rounds-- === 0) {
      const rest = values.subarray(lo, hi + 1).sort();
      return rest[k - lo]!;
    }
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >> 1]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    // Now values[lo..j] <= pivot <= values[i..hi], and anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return pivot;
  }
  return values[k]!;
}

/**
 * The middle one of three values (the pivot of each round: on sorted or reversed input it
 * halves the range where the first or last value would peel off one value a round).
 *
 * @example medianOfThree(3, 9, 5) // 5
 */
export function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
