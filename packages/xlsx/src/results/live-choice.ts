import type { ChoiceList } from "../labels/choice-labels.js";
import { choiceLabel } from "../labels/match.js";

/**
 * An Excel expression that is TRUE when a drop-down input cell names `code`: its label in
 * either language (the template writes the label of its language) or the code itself (a
 * workbook made before labels). Excel compares text without case, as the reader does.
 *
 * @example liveChoiceIs("Pricing!$B$9", "rounding", "down") // 'OR(Pricing!$B$9="down",Pricing!$B$9="Round down",Pricing!$B$9="Làm tròn xuống")'
 */
export function liveChoiceIs(cell: string, list: ChoiceList, code: string): string {
  const words = [...new Set([code, choiceLabel(list, code, "en"), choiceLabel(list, code, "vi")])];
  return `OR(${words.map((word) => `${cell}="${word.replaceAll('"', '""')}"`).join(",")})`;
}
