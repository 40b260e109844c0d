import { allocate, round, roundToStep } from "@costplan/core";
import { amountArg } from "./amount.js";
import { exactProduct } from "./exact.js";
import { excelSafeSpill } from "./guard.js";
import { outOfRange } from "./failure.js";
import { optionalNumber, sameLength, shownValue, spill, vectorArg } from "./values.js";

/**
 * The EMR component of each service's price: the annual EMR cost shared over services by volume x relative weight (largest remainder), divided by
 * each service's volume.
 * @customfunction EMRCOMPONENT
 * @param annualCost Annual EMR cost to recover, in whole đồng.
 * @param volumes One cell per service: its yearly volume (visits, bed-days, tests).
 * @param weights One cell per service: its relative weight (1 for a plain service).
 * @param [priceStep] Round each component half up to this step (e.g. 100 đồng); empty for the exact amount.
 * @returns One component per service, spilled in the shape of volumes; Σ component x volume = annualCost exactly before rounding.
 */
export function emrComponentFunction(
  annualCost: unknown,
  volumes: unknown[][],
  weights: unknown[][],
  priceStep?: unknown,
): Array<Array<number | CustomFunctions.Error>> {
  return excelSafeSpill(() => {
    const cost = amountArg(annualCost, "annualCost");
    const v = vectorArg(volumes, "volumes");
    const w = vectorArg(weights, "weights");
    sameLength("weights", w.values.length, "volumes", v.values.length);
    v.values.forEach((x, i) => {
      nonNegative(x, "volumes", i);
    });
    w.values.forEach((x, i) => {
      nonNegative(x, "weights", i);
    });
    const step = optionalNumber(priceStep, "priceStep");
    if (step !== undefined && step <= 0) throw outOfRange("#NUM!", { arg: "priceStep", received: step }, "fn-expect-positive-step");
    const shares = allocate(
      cost,
      v.values.map((x, i) => exactProduct(x, w.values[i]!)),
    );
    const components = shares.map((share, i) => {
      const volume = v.values[i]!;
      if (volume === 0) return 0; // no volume, no weight product, so no share: nothing to price
      const exact = round(share, 0).div(volume);
      return (step === undefined ? exact : roundToStep(exact, step)).toNumber();
    });
    return spill(components, v.orientation);
  });
}

function nonNegative(value: number, arg: string, index: number): void {
  if (value < 0) throw outOfRange("#NUM!", { arg, cell: index + 1, received: shownValue(value) }, "fn-expect-non-negative");
}
