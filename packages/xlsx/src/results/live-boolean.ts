import { BOOLEAN_LABELS } from "../labels/choice-labels.js";

/**
 * An Excel expression that is TRUE when a boolean input cell says yes: TRUE, 1, or the
 * word yes in either language (the template writes `Có` or `Yes`, and a person may type
 * any of them; Excel compares text without case). An empty cell takes the default.
 *
 * @example liveBoolean("Pricing!$B$10", true) // 'IF(Pricing!$B$10="",TRUE,OR(Pricing!$B$10=TRUE,...))'
 */
export function liveBoolean(cell: string, empty: boolean): string {
  const yes = [BOOLEAN_LABELS.true.en, BOOLEAN_LABELS.true.vi, "TRUE", "1"].map((word) => `${cell}="${word}"`);
  return `IF(${cell}="",${empty ? "TRUE" : "FALSE"},OR(${cell}=TRUE,${cell}=1,${yes.join(",")}))`;
}
