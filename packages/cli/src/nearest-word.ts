/** Longer than any option or command: no slip of one, and the distance table stays small whatever is typed. */
const LONGEST_TYPED = 64;

/**
 * The known word a mistyped one most likely meant: the closest by edit distance (letters added,
 * dropped, changed or swapped with a neighbour, case ignored), if it is close enough to be a typing
 * slip (at most a third of the word, and at most 2 edits); undefined when none is. Ties go to the
 * word listed first, so the suggestion is the same on every run.
 * @example nearestWord("--jsno", ["--json", "--out"]) // "--json"
 */
export function nearestWord(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > LONGEST_TYPED) return undefined;
  const allowed = Math.min(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const word of known) {
    const distance = editDistance(typed.toLowerCase(), word.toLowerCase());
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint16Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}
