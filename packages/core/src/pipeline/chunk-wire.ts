import type { CentreYear, FacilityAllocation } from "../costing/centre-allocation.js";
import { itemFlows } from "../budget/item-flows.js";
import { idRecord } from "../internal/id-record.js";
import type { Model } from "../model/schema.js";
import { listFor, type CostedFacility, type FacilityPrices } from "../pricing/facility-prices.js";
import type { ListedServices } from "../pricing/listed-services.js";
import { runFacilityChunk, type ChunkContext, type FacilityChunk } from "./facility-chunks.js";
import { unpackPart, type ModelPartWire } from "./part-wire.js";

/** A facility's listed services without the model's own objects: the list and its services go by reference, not by copy. */
type WireListed = Omit<ListedServices, "list" | "services"> & { readonly list: null; readonly services: null };
type WireCosted = Omit<CostedFacility, "facility" | "listed"> & { readonly facility: string; readonly listed: WireListed };
type WirePriced = Omit<FacilityPrices, "facility" | "listed"> & { readonly facility: string; readonly listed: WireListed };

/**
 * A {@link FacilityChunk} as it crosses a thread boundary (structured clone): the same keys in the
 * same order, with the model's facilities, lists and services replaced by the facility's id, so a
 * worker returns only what it computed (columns of numbers, mostly) and the receiver links its own.
 */
export interface FacilityChunkWire {
  readonly from: number;
  readonly to: number;
  readonly allocation: readonly FacilityAllocation[];
  readonly costed: readonly WireCosted[];
  readonly priced: readonly WirePriced[] | undefined;
}

/**
 * The part of a model that facilities `from` to `to` read: those facilities, their items,
 * savings and price lists, and the programme, funding and pricing options. What a worker is sent,
 * so that all the chunks together carry the model once. Its chunk over all its facilities equals
 * the chunk of the whole model (with the whole model's {@link ChunkContext}).
 */
export function chunkModel(model: Model, from: number, to: number): Model {
  const facilities = model.facilities.slice(from, to);
  const ids = new Set(facilities.map((f) => f.id));
  const lists = new Set(facilities.flatMap((f) => listFor(model, f) ?? []));
  return {
    ...model,
    facilities,
    costItems: model.costItems.filter((i) => ids.has(i.facility)),
    savings: model.savings.filter((s) => ids.has(s.facility)),
    serviceLists: model.serviceLists.filter((l) => lists.has(l)),
    scenarios: [],
  };
}

/**
 * A worker's task: the chunk of every facility of a {@link chunkModel} part (sent as {@link packPart}), ready to send back.
 *
 * @param part - the facilities' part of the model, as packed
 * @param context - the whole model's years and pricing years
 * @param from - where the part's first facility sits in the whole model
 */
export function runChunkTask(part: ModelPartWire, context: ChunkContext, from: number): FacilityChunkWire {
  const model = unpackPart(part);
  const chunk = runFacilityChunk(model, { ...context, flows: itemFlows(model) }, 0, model.facilities.length);
  return packChunk({ ...chunk, from, to: from + model.facilities.length });
}

/** A chunk with the model's objects replaced by ids, to send to another thread. */
export function packChunk(chunk: FacilityChunk): FacilityChunkWire {
  const listed = new Map<ListedServices, WireListed>();
  const wire = (l: ListedServices): WireListed => {
    let w = listed.get(l);
    if (w === undefined) {
      w = { ...l, list: null, services: null };
      listed.set(l, w);
    }
    return w;
  };
  return {
    from: chunk.from,
    to: chunk.to,
    allocation: chunk.allocation,
    costed: chunk.costed.map((c) => ({ ...c, facility: c.facility.id, listed: wire(c.listed) })),
    priced: chunk.priced?.map((p) => ({ ...p, facility: p.facility.id, listed: wire(p.listed) })),
  };
}

/**
 * A chunk received from another thread, linked back to this thread's model: its facilities, price
 * lists and services, and the null-prototype records keyed by centre id (a structured clone gives
 * them Object.prototype, where an id such as "constructor" would find an inherited value).
 */
export function unpackChunk(wire: FacilityChunkWire, model: Model): FacilityChunk {
  const byId = new Map(model.facilities.slice(wire.from, wire.to).map((f) => [f.id, f]));
  const listed = new Map<WireListed, ListedServices>();
  const link = <T extends { readonly facility: string; readonly listed: WireListed }>(w: T) => {
    const facility = byId.get(w.facility)!;
    let l = listed.get(w.listed);
    if (l === undefined) {
      const list = listFor(model, facility)!;
      l = { ...w.listed, list, services: list.services };
      listed.set(w.listed, l);
    }
    return { ...w, facility, listed: l };
  };
  return {
    from: wire.from,
    to: wire.to,
    allocation: wire.allocation.map(nullPrototypeRecords),
    costed: wire.costed.map(link),
    priced: wire.priced?.map(link),
  };
}

function nullPrototypeRecords(a: FacilityAllocation): FacilityAllocation {
  const byYear: Record<string, CentreYear> = {};
  for (const [year, y] of Object.entries(a.byYear))
    byYear[year] = { ...y, emr: nullPrototype(y.emr), emrSupport: nullPrototype(y.emrSupport), full: nullPrototype(y.full) };
  return { ...a, byYear };
}

function nullPrototype(values: Readonly<Record<string, number>>): Record<string, number> {
  return Object.assign(idRecord<number>(), values);
}
