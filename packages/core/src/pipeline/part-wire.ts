import type { Model, Service, ServiceList } from "../model/schema.js";

/** A price list's services as columns; NaN (or null) marks an absent optional value, which a validated model never holds. */
interface ServiceColumns {
  readonly code: readonly string[];
  readonly category: readonly Service["category"][];
  readonly centre: readonly (string | null)[];
  readonly volume: Float64Array;
  readonly volumePerBed: Float64Array;
  readonly weight: Float64Array;
  readonly currentPrice: Float64Array;
  readonly maxPrice: Float64Array;
  readonly insuredShare: Float64Array;
  readonly coverage: Float64Array;
}

type WireList = Omit<ServiceList, "services"> & { readonly services: ServiceColumns };

/** A {@link chunkModel} part as it crosses a thread boundary: its price lists' services as columns. */
export type ModelPartWire = Omit<Model, "serviceLists"> & { readonly serviceLists: readonly WireList[] };

/**
 * A model part with its services as columns, to send to a worker thread. A structured clone of a
 * hundred thousand service objects costs far more than the arithmetic on them (measured: README,
 * Performance), and the per-facility stages read only these fields of a service: the copy the
 * worker rebuilds leaves out names, cost elements and provenance, and nothing a worker returns
 * carries a service (see {@link packChunk}), so no figure can differ.
 */
export function packPart(part: Model): ModelPartWire {
  return { ...part, serviceLists: part.serviceLists.map((l) => ({ ...l, services: columnsOf(l.services) })) };
}

/** The worker's side of {@link packPart}: service objects with the fields the per-facility stages read. */
export function unpackPart(wire: ModelPartWire): Model {
  return { ...wire, serviceLists: wire.serviceLists.map((l) => ({ ...l, services: servicesOf(l.services) })) };
}

function columnsOf(services: readonly Service[]): ServiceColumns {
  const n = services.length;
  const column = (pick: (s: Service) => number | undefined): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i += 1) out[i] = pick(services[i]!) ?? Number.NaN;
    return out;
  };
  return {
    code: services.map((s) => s.code),
    category: services.map((s) => s.category),
    centre: services.map((s) => s.centre ?? null),
    volume: column((s) => s.volume),
    volumePerBed: column((s) => s.volumePerBed),
    weight: column((s) => s.weight),
    currentPrice: column((s) => s.currentPrice),
    maxPrice: column((s) => s.maxPrice),
    insuredShare: column((s) => s.insuredShare),
    coverage: column((s) => s.coverage),
  };
}

function servicesOf(c: ServiceColumns): Service[] {
  return c.code.map((code, i) => {
    const s: { -readonly [K in keyof Service]: Service[K] } = {
      code,
      name: "",
      category: c.category[i]!,
      weight: c.weight[i]!,
      currentPrice: c.currentPrice[i]!,
    };
    const centre = c.centre[i];
    if (centre !== null && centre !== undefined) s.centre = centre;
    for (const k of ["volume", "volumePerBed", "maxPrice", "insuredShare", "coverage"] as const) {
      const v = c[k][i]!;
      if (!Number.isNaN(v)) s[k] = v;
    }
    return s;
  });
}
