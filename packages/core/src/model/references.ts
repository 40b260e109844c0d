import { Dec } from "../internal/decimal.js";
import { problem, type Problem } from "./problem.js";
import { parseAllocationProblem } from "../allocation/parse.js";
import type { CostCentres, Model } from "./schema.js";
import { DEFAULT_HOSPITAL_CLASSES } from "./vocabulary.js";

/**
 * Checks what a schema cannot see one field at a time: ids that must be unique, ids
 * that must exist, years that must fall in order and inside the programme, funding
 * shares that must add up to one. Runs on a document whose shape is already valid.
 */
export function checkReferences(model: Model): Problem[] {
  const out: Problem[] = [];
  const { programme } = model;
  const first = programme.firstYear;
  const last = programme.lastYear;

  if (last < first) {
    out.push(problem("$.programme.lastYear", "year-order", { first, last }));
    return out; // every other year check depends on a sane programme span
  }
  const inRange = (year: number, path: string): void => {
    if (year < first || year > last) out.push(problem(path, "year-out-of-range", { year, first, last }));
  };
  const inOrder = (from: number, to: number, path: string): boolean => {
    if (to < from) out.push(problem(path, "year-order", { first: from, last: to }));
    return to >= from;
  };

  if (programme.baseYear !== undefined) inRange(programme.baseYear, "$.programme.baseYear");
  const index = programme.priceIndex;
  if (index !== undefined) {
    for (let y = first; y <= last; y += 1) {
      if (index[String(y)] === undefined) out.push(problem("$.programme.priceIndex", "missing-index-year", { year: y, first, last }));
    }
  }

  const classes = programme.hospitalClasses ?? DEFAULT_HOSPITAL_CLASSES;
  const units = uniqueIds(
    [...model.facilities.map((f, i) => ({ id: f.id, path: `$.facilities[${i}].id` })), ...model.pools.map((p, i) => ({ id: p.id, path: `$.pools[${i}].id` }))],
    out,
  );
  model.facilities.forEach((f, i) => {
    if (f.class !== undefined && !classes.includes(f.class)) {
      out.push(problem(`$.facilities[${i}].class`, "unknown-reference", { what: "noun-hospital-class", id: f.class, ...listed(classes) }));
    }
  });
  const sources = uniqueIds(
    model.fundingSources.map((s, i) => ({ id: s.id, path: `$.fundingSources[${i}].id` })),
    out,
  );
  uniqueIds(
    model.costItems.map((c, i) => ({ id: c.id, path: `$.costItems[${i}].id` })),
    out,
  );
  uniqueIds(
    model.savings.map((s, i) => ({ id: s.id, path: `$.savings[${i}].id` })),
    out,
  );
  uniqueIds(
    model.scenarios.map((s, i) => ({ id: s.name, path: `$.scenarios[${i}].name` })),
    out,
  );

  const unit = (ref: string, path: string): void => {
    if (!units.has(ref)) out.push(problem(path, "unknown-reference", { what: "noun-facility-or-pool", id: ref, ...listed([...units]) }));
  };
  const source = (ref: string, path: string): void => {
    if (!sources.has(ref)) out.push(problem(path, "unknown-reference", { what: "noun-funding-source", id: ref, ...listed([...sources]) }));
  };

  model.facilities.forEach((f, i) => {
    if (f.costCentres !== undefined) out.push(...checkCentres(f.costCentres, `$.facilities[${i}].costCentres`));
  });
  const facilityCentres = new Map(model.facilities.map((f) => [f.id, f.costCentres?.centres.map((c) => c.id)]));

  model.costItems.forEach((item, i) => {
    const at = `$.costItems[${i}]`;
    unit(item.facility, `${at}.facility`);
    if (item.centre !== undefined && units.has(item.facility)) {
      const centres = facilityCentres.get(item.facility);
      if (centres === undefined) out.push(problem(`${at}.centre`, "no-cost-centres", { id: item.facility }));
      else if (!centres.includes(item.centre)) {
        out.push(problem(`${at}.centre`, "unknown-reference", { what: "noun-cost-centre-of", facility: item.facility, id: item.centre, ...listed(centres) }));
      }
    }
    if (typeof item.funding === "string") source(item.funding, `${at}.funding`);
    else {
      item.funding.forEach((f, j) => {
        source(f.source, `${at}.funding[${j}].source`);
      });
      const sum = item.funding.reduce((a, f) => a.plus(f.share), new Dec(0));
      if (!sum.eq(1)) out.push(problem(`${at}.funding`, "shares-not-one", { sum: sum.toString() }));
    }
    switch (item.nature) {
      case "capital": {
        if (item.salvage > item.cost) out.push(problem(`${at}.salvage`, "salvage-above-cost", { salvage: item.salvage, cost: item.cost }));
        const serviceYear = Number(item.inService.slice(0, 4));
        if (item.paidYear === undefined) inRange(serviceYear, `${at}.inService`);
        else {
          inRange(item.paidYear, `${at}.paidYear`);
          if (serviceYear > last) inRange(serviceYear, `${at}.inService`);
        }
        break;
      }
      case "recurring":
        if (inOrder(item.firstYear, item.lastYear, `${at}.lastYear`)) {
          inRange(item.firstYear, `${at}.firstYear`);
          inRange(item.lastYear, `${at}.lastYear`);
        }
        if (item.escalation === "index" && index === undefined) {
          out.push(problem(`${at}.escalation`, "missing-index-year", { year: item.firstYear, first, last }));
        }
        break;
      case "one-off":
        inRange(item.year, `${at}.year`);
        break;
    }
  });

  checkServiceLists(model, classes, out);

  model.savings.forEach((saving, i) => {
    const at = `$.savings[${i}]`;
    unit(saving.facility, `${at}.facility`);
    inRange(saving.firstYear, `${at}.firstYear`);
    if (saving.lastYear !== undefined && inOrder(saving.firstYear, saving.lastYear, `${at}.lastYear`)) inRange(saving.lastYear, `${at}.lastYear`);
  });
  return out;
}

/** Price lists: one target each, known facilities and classes, volumes that can be worked out, centres that exist. */
function checkServiceLists(model: Model, classes: readonly string[], out: Problem[]): void {
  const targets = new Map<string, string>();
  model.serviceLists.forEach((list, i) => {
    const at = `$.serviceLists[${i}]`;
    if ((list.facility === undefined) === (list.class === undefined)) {
      out.push(problem(at, "list-target", {}));
      return;
    }
    const target = list.facility !== undefined ? `facility "${list.facility}"` : `class "${list.class!}"`;
    const first = targets.get(target);
    if (first !== undefined) out.push(problem(at, "duplicate-list", { target, first }));
    else targets.set(target, at);
    if (list.facility !== undefined && !model.facilities.some((f) => f.id === list.facility)) {
      out.push(problem(`${at}.facility`, "unknown-reference", { what: "noun-facility", id: list.facility, ...listed(model.facilities.map((f) => f.id)) }));
    }
    if (list.class !== undefined && !classes.includes(list.class)) {
      out.push(problem(`${at}.class`, "unknown-reference", { what: "noun-hospital-class", id: list.class, ...listed(classes) }));
    }
    const codes = new Map<string, number>();
    list.services.forEach((service, j) => {
      const sat = `${at}.services[${j}]`;
      const firstCode = codes.get(service.code);
      if (firstCode !== undefined) out.push(problem(`${sat}.code`, "duplicate-id", { id: service.code, first: `${at}.services[${firstCode}].code` }));
      else codes.set(service.code, j);
      if ((service.volume === undefined) === (service.volumePerBed === undefined)) out.push(problem(sat, "volume-choice", {}));
    });
  });
  // Each facility a list applies to must be able to work out volumes and place services at its centres.
  for (const facility of model.facilities) {
    const index = model.serviceLists.findIndex((l) => l.facility === facility.id);
    const listIndex = index >= 0 ? index : model.serviceLists.findIndex((l) => l.facility === undefined && l.class !== undefined && l.class === facility.class);
    if (listIndex < 0) continue;
    const list = model.serviceLists[listIndex]!;
    const operating = facility.costCentres?.centres.filter((c) => c.kind === "operating").map((c) => c.id);
    list.services.forEach((service, j) => {
      const sat = `$.serviceLists[${listIndex}].services[${j}]`;
      if (service.volumePerBed !== undefined && service.volume === undefined && (facility.beds ?? 0) === 0)
        out.push(problem(`${sat}.volumePerBed`, "no-beds", { code: service.code, id: facility.id }));
      if (operating !== undefined && (service.centre === undefined || !operating.includes(service.centre))) {
        const missing = service.centre === undefined;
        out.push(
          problem(`${sat}.centre`, "service-centre", {
            code: service.code,
            id: facility.id,
            problem: missing ? "names no centre" : `names "${service.centre!}", which is not one of its operating centres`,
            problemVi: missing ? "chưa chỉ định khoa" : `chỉ định "${service.centre!}" không phải khoa trực tiếp của cơ sở`,
            ...listed(operating),
          }),
        );
      }
    });
  }
}

/** A facility's cost centres must form a solvable allocation problem, and its EMR centre must exist. */
function checkCentres(cc: CostCentres, at: string): Problem[] {
  const out: Problem[] = [];
  const ids = cc.centres.map((c) => c.id);
  if (!ids.includes(cc.emrCentre)) out.push(problem(`${at}.emrCentre`, "unknown-reference", { what: "noun-cost-centre", id: cc.emrCentre, ...listed(ids) }));
  const parsed = parseAllocationProblem({
    method: cc.method,
    currency: "VND",
    centres: cc.centres.map((c) => ({ id: c.id, kind: c.kind, cost: 0 })),
    usage: cc.usage,
    ...(cc.order === undefined ? {} : { order: cc.order }),
  });
  if (!parsed.ok) for (const p of parsed.problems) out.push({ ...p, path: p.path.replace(/^\$/, at) });
  return out;
}

function uniqueIds(entries: readonly { id: string; path: string }[], out: Problem[]): Set<string> {
  const seen = new Map<string, string>();
  for (const { id, path } of entries) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else out.push(problem(path, "duplicate-id", { id, first }));
  }
  return new Set(seen.keys());
}

/** The first eight known ids, and how many more there are; the catalogue says "and N more" in each language. */
function listed(ids: readonly string[]): { known: string; more: number } {
  return {
    known: ids
      .slice(0, 8)
      .map((id) => `"${id}"`)
      .join(", "),
    more: Math.max(0, ids.length - 8),
  };
}
