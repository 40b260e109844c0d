import { usageRow } from "./usage-row.js";
import type { AllocationProblem } from "./problem.js";

/**
 * Groups of support centres whose cost can never reach an operating centre: they serve
 * only each other (or centres that do). For reciprocal allocation such a group makes the
 * equations singular, so it is reported, naming the centres, rather than solved. Groups
 * are the connected pieces of the trapped centres, each in input order.
 */
export function closedGroups(problem: Pick<AllocationProblem, "centres" | "usage">): string[][] {
  const supports = problem.centres.filter((c) => c.kind === "support").map((c) => c.id);
  const edges = new Map<string, string[]>();
  for (const s of supports)
    edges.set(
      s,
      Object.entries(usageRow(problem.usage, s))
        .filter(([t, v]) => t !== s && v > 0)
        .map(([t]) => t),
    );

  // Walk backwards from operating centres: a support centre escapes if it sends to one
  // that escapes. One breadth-first pass over the reversed usage.
  const senders = new Map<string, string[]>();
  for (const [s, receivers] of edges) {
    for (const t of receivers) {
      const list = senders.get(t);
      if (list === undefined) senders.set(t, [s]);
      else list.push(s);
    }
  }
  const escapes = new Set<string>(problem.centres.filter((c) => c.kind === "operating").map((c) => c.id));
  const queue = [...escapes];
  for (let i = 0; i < queue.length; i += 1) {
    for (const s of senders.get(queue[i]!) ?? []) {
      if (!escapes.has(s)) {
        escapes.add(s);
        queue.push(s);
      }
    }
  }
  const trapped = supports.filter((s) => !escapes.has(s));
  const groupOf = new Map<string, number>();
  const groups: string[][] = [];
  for (const start of trapped) {
    if (groupOf.has(start)) continue;
    const group: string[] = [];
    const stack = [start];
    groupOf.set(start, groups.length);
    while (stack.length > 0) {
      const s = stack.pop()!;
      group.push(s);
      const neighbours = [...edges.get(s)!, ...trapped.filter((o) => edges.get(o)!.includes(s))];
      // Every neighbour is trapped: a trapped centre sends only to trapped ones (one that escapes would free it), and the
      // senders are taken from the trapped (a checked problem names only its own centres). So no neighbour is operating or escapes.
      for (const t of neighbours) {
        if (!groupOf.has(t)) {
          groupOf.set(t, groups.length);
          stack.push(t);
        }
      }
    }
    groups.push(trapped.filter((s) => group.includes(s)));
  }
  return groups;
}
