/**
 * Maximum flow by Dinic's algorithm on a graph with integer capacities, over typed
 * arrays so a network of a million edges stays small and fast. Used to round flows of
 * money to whole minor units while keeping every centre's books balanced.
 */
export class FlowNetwork {
  private readonly head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private capacity: Float64Array;
  private edges = 0;
  // The search's scratch, allocated once: a network is reset and searched again many times.
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;
  private readonly queue: Int32Array;
  /** The edges of the path being searched: a level-graph path visits each node at most once. */
  private readonly path: Int32Array;

  constructor(
    readonly nodes: number,
    expectedEdges = 16,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(expectedEdges * 2);
    this.to = new Int32Array(expectedEdges * 2);
    this.capacity = new Float64Array(expectedEdges * 2);
    this.level = new Int32Array(nodes);
    this.cursor = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.path = new Int32Array(nodes);
  }

  /** Removes every edge, keeping the storage, so the next edges get ids from 0 again. */
  reset(): void {
    this.head.fill(-1);
    this.edges = 0;
  }

  /** Adds an edge and returns its id; the flow it carries is {@link flowOn}(id). */
  addEdge(from: number, to: number, capacity: number): number {
    this.grow();
    const id = this.edges;
    this.link(from, to, capacity);
    this.link(to, from, 0);
    return id;
  }

  /** Flow carried by an edge after {@link maxFlow}: the capacity its reverse edge gained. */
  flowOn(edge: number): number {
    return this.capacity[edge + 1]!;
  }

  /** Pushes as much flow as possible from source to sink and returns the amount. */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    const { level, cursor, queue } = this;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = source;
      while (qh < qt) {
        const v = queue[qh++]!;
        for (let e = this.head[v]!; e !== -1; e = this.next[e]!) {
          const w = this.to[e]!;
          if (this.capacity[e]! > 0 && level[w] === -1) {
            level[w] = level[v]! + 1;
            queue[qt++] = w;
          }
        }
      }
      if (level[sink] === -1) return total;
      cursor.set(this.head);
      for (;;) {
        const pushed = this.augment(source, sink, Number.POSITIVE_INFINITY, level, cursor);
        if (pushed === 0) break;
        total += pushed;
      }
    }
  }

  // Iterative depth-first search along the level graph, so deep graphs cannot overflow the stack.
  private augment(source: number, sink: number, limit: number, level: Int32Array, cursor: Int32Array): number {
    const path = this.path;
    let depth = 0;
    let v = source;
    for (;;) {
      if (v === sink) {
        let pushed = limit;
        for (let k = 0; k < depth; k += 1) pushed = Math.min(pushed, this.capacity[path[k]!]!);
        for (let k = 0; k < depth; k += 1) {
          const e = path[k]!;
          this.capacity[e] = this.capacity[e]! - pushed;
          this.capacity[e ^ 1] = this.capacity[e ^ 1]! + pushed;
        }
        return pushed;
      }
      let advanced = false;
      for (let e = cursor[v]!; e !== -1; e = this.next[e]!) {
        const w = this.to[e]!;
        if (this.capacity[e]! > 0 && level[w] === level[v]! + 1) {
          cursor[v] = e;
          path[depth++] = e;
          v = w;
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        cursor[v] = -1;
        level[v] = -1; // dead end: never visit again in this phase
        if (depth === 0) return 0;
        const back = path[--depth]!;
        v = this.to[back ^ 1]!;
        cursor[v] = this.next[cursor[v]!]!;
      }
    }
  }

  private link(from: number, to: number, capacity: number): void {
    const e = this.edges++;
    this.to[e] = to;
    this.capacity[e] = capacity;
    this.next[e] = this.head[from]!;
    this.head[from] = e;
  }

  private grow(): void {
    if (this.edges + 2 <= this.to.length) return;
    const size = this.to.length * 2 + 4;
    const next = new Int32Array(size);
    next.set(this.next);
    const to = new Int32Array(size);
    to.set(this.to);
    const capacity = new Float64Array(size);
    capacity.set(this.capacity);
    this.next = next;
    this.to = to;
    this.capacity = capacity;
  }
}
