// A deliberately broken custom function for the build's error test: Map is no Excel type.

/**
 * Broken on purpose.
 * @customfunction BROKEN
 * @param x a value
 */
export function broken(x: Map<string, number>): number {
  return x.size;
}
