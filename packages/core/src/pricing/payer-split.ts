import { CostplanError } from "../errors/costplan-error.js";
import { Dec, type Dec as DecValue } from "../internal/decimal.js";
import { splitTwoBig, splitTwoInto } from "../money/integer.js";
import type { ListedServices } from "./listed-services.js";

/** Each year's increase x volume by service (row i*years + t), split between the fund and patients. */
export interface PayerSplit {
  readonly fund: Float64Array;
  readonly patients: Float64Array;
}

/**
 * Splits the revenue from each price increase between the insurance fund (the insured
 * share of volume x the coverage rate) and patients, by largest remainder, so fund +
 * patients = increase x volume exactly. The fund's share is the exact decimal product of
 * the two rates, as a whole number over a power of ten.
 *
 * @throws CostplanError `revenue-too-large` when an increase x volume is beyond the exact range
 * (it would be split inexactly, and fund + patients would no longer add up)
 */
export function splitPayers(listed: ListedServices, proposed: Float64Array, yearLabels: readonly number[], facility: string): PayerSplit {
  const n = listed.services.length;
  const years = yearLabels.length;
  const fund = new Float64Array(n * years);
  const patients = new Float64Array(n * years);
  // A list has few distinct pairs of rates: one splitter each, found by the rates themselves (no key text per service).
  const splitters = new Map<number, Map<number, Splitter>>();
  for (let i = 0; i < n; i += 1) {
    const service = listed.services[i]!;
    const insuredShare = service.insuredShare ?? listed.list.insuredShare;
    const coverage = service.coverage ?? listed.list.coverage;
    let byCoverage = splitters.get(insuredShare);
    if (byCoverage === undefined) {
      byCoverage = new Map();
      splitters.set(insuredShare, byCoverage);
    }
    let split = byCoverage.get(coverage);
    if (split === undefined) {
      split = splitterFor(new Dec(insuredShare).mul(coverage));
      byCoverage.set(coverage, split);
    }
    const volume = listed.volume[i]!;
    const currentPrice = listed.currentPrice[i]!;
    for (let t = 0; t < years; t += 1) {
      const row = i * years + t;
      const revenue = (proposed[row]! - currentPrice) * volume + 0;
      if (!Number.isSafeInteger(revenue)) {
        throw new CostplanError("revenue-too-large", {
          facility,
          service: service.code,
          year: yearLabels[t]!,
          amount: new Dec(proposed[row]!).minus(currentPrice).mul(volume).toFixed(0),
        });
      }
      if (split.big === undefined) splitTwoInto(revenue, split.digits, split.scale, fund, patients, row);
      else {
        const [toFund, toPatients] = splitTwoBig(revenue, split.big.digits, split.big.scale);
        fund[row] = toFund;
        patients[row] = toPatients;
      }
    }
  }
  return { fund, patients };
}

/** The fund's share as digits over a power of ten: safe integers for up to 15 decimals, else BigInt. */
interface Splitter {
  readonly digits: number;
  readonly scale: number;
  readonly big: { readonly digits: bigint; readonly scale: bigint } | undefined;
}

/** A largest-remainder split in two by a rate: in safe integers for rates of up to 15 decimals, else in BigInt. */
function splitterFor(share: DecValue): Splitter {
  const places = share.decimalPlaces();
  if (places <= 15) {
    const scale = 10 ** places;
    return { digits: share.mul(scale).toNumber(), scale, big: undefined };
  }
  // A varied rate (Monte Carlo, sensitivity) often has 20-30 decimals; the split stays exact in BigInt.
  return { digits: 0, scale: 0, big: { digits: BigInt(share.mul(new Dec(10).pow(places)).toFixed(0)), scale: 10n ** BigInt(places) } };
}
