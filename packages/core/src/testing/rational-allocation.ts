// Test support only: an exact rational-arithmetic reference for allocation, independent
// of the engine (BigInt fractions, Gauss-Jordan elimination), for small problems.
import { usageRow } from "../allocation/usage-row.js";
import type { AllocationProblem } from "../allocation/problem.js";
import { defaultOrder } from "../allocation/order.js";

export class Fraction {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(value: number): Fraction {
    const [whole, frac = ""] = String(value).split(".");
    const d = 10n ** BigInt(frac.length);
    return new Fraction(BigInt(whole! + frac), d).reduce();
  }
  reduce(): Fraction {
    const g = gcd(this.n < 0n ? -this.n : this.n, this.d);
    const sign = this.d < 0n ? -1n : 1n;
    return g === 0n ? this : new Fraction((sign * this.n) / g, (sign * this.d) / g);
  }
  add(o: Fraction): Fraction {
    return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d).reduce();
  }
  sub(o: Fraction): Fraction {
    return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d).reduce();
  }
  mul(o: Fraction): Fraction {
    return new Fraction(this.n * o.n, this.d * o.d).reduce();
  }
  div(o: Fraction): Fraction {
    return new Fraction(this.n * o.d, this.d * o.n).reduce();
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  /** |this - whole| < 1 */
  within1(whole: number): boolean {
    const diff = this.sub(new Fraction(BigInt(whole)));
    const abs = diff.n < 0n ? -diff.n : diff.n;
    return abs < diff.d;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const ZERO = new Fraction(0n);

/** Final cost of each operating centre, exactly. */
export function rationalFinals(p: AllocationProblem): Map<string, Fraction> {
  const ids = p.centres.map((c) => c.id);
  const kind = new Map(p.centres.map((c) => [c.id, c.kind]));
  const received = new Map(p.centres.map((c) => [c.id, new Fraction(BigInt(c.cost))]));
  const shares = (s: string, eligible: (t: string) => boolean): [string, Fraction][] => {
    const row = Object.entries(usageRow(p.usage, s)).filter(([t, v]) => t !== s && v > 0 && eligible(t));
    const total = row.reduce((a, [, v]) => a.add(Fraction.of(v)), ZERO);
    return row.map(([t, v]) => [t, Fraction.of(v).div(total)]);
  };
  if (p.method === "reciprocal") {
    const supports = ids.filter((id) => kind.get(id) === "support");
    const m = supports.length;
    // (I - Aᵀ) x = c, Gauss-Jordan on fractions
    const a = supports.map((_, j) => supports.map((__, k) => (j === k ? new Fraction(1n) : ZERO)));
    const b = supports.map((s) => received.get(s)!);
    supports.forEach((s, k) => {
      for (const [t, share] of shares(s, () => true)) {
        const j = supports.indexOf(t);
        if (j >= 0) a[j]![k] = a[j]![k]!.sub(share);
      }
    });
    for (let col = 0; col < m; col += 1) {
      const pivot = a.findIndex((row, r) => r >= col && !row[col]!.isZero());
      [a[col], a[pivot]] = [a[pivot]!, a[col]!];
      [b[col], b[pivot]] = [b[pivot]!, b[col]!];
      for (let r = 0; r < m; r += 1) {
        if (r === col || a[r]![col]!.isZero()) continue;
        const f = a[r]![col]!.div(a[col]![col]!);
        a[r] = a[r]!.map((v, c) => v.sub(f.mul(a[col]![c]!)));
        b[r] = b[r]!.sub(f.mul(b[col]!));
      }
    }
    const x = b.map((v, r) => v.div(a[r]![r]!));
    supports.forEach((s, k) => {
      for (const [t, share] of shares(s, () => true)) if (kind.get(t) === "operating") received.set(t, received.get(t)!.add(x[k]!.mul(share)));
    });
  } else {
    const order = p.method === "step-down" ? (p.order ?? defaultOrder(p)) : ids.filter((id) => kind.get(id) === "support");
    const closed = new Set<string>();
    for (const s of order) {
      closed.add(s);
      const amount = received.get(s)!;
      for (const [t, share] of shares(s, (t) => (p.method === "direct" ? kind.get(t) === "operating" : !closed.has(t))))
        received.set(t, received.get(t)!.add(amount.mul(share)));
    }
  }
  return new Map(ids.filter((id) => kind.get(id) === "operating").map((id) => [id, received.get(id)!]));
}
