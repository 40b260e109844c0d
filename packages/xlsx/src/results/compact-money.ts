import { minorUnits, type CurrencyCode, type Language } from "@costplan/core";

const UNITS: readonly { readonly size: number; readonly commas: string; readonly en: string; readonly vi: string }[] = [
  { size: 1e9, commas: ",,,", en: "billion", vi: "tỷ" },
  { size: 1e6, commas: ",,", en: "million", vi: "triệu" },
  { size: 1e3, commas: ",", en: "thousand", vi: "nghìn" },
];

/**
 * A live "292.6 billion" beside a headline figure: a formula over the figure's cell in
 * whole currency units, with a number format that scales it (each trailing comma divides by
 * a thousand), so it follows an edit as the figure does, where a text would stay behind.
 * The scale is chosen from the figure as written; the decimal separator is the reader's
 * (a Vietnamese Excel shows 292,6). Money at rest is in minor units, hence the division for
 * currencies with cents.
 *
 * @param ref - the figure's cell, in minor units
 * @param value - the figure as written, to choose the scale
 * @returns the expression, its cached result and the number format
 */
export function compactMoney(
  ref: string,
  value: number,
  currency: CurrencyCode,
  lang: Language,
): { readonly expression: string; readonly result: number; readonly format: string } {
  const digits = minorUnits(currency);
  const whole = value / 10 ** digits;
  const unit = UNITS.find((u) => Math.abs(whole) >= u.size);
  const name = currency === "VND" && lang === "vi" ? "đồng" : currency;
  const number = unit === undefined ? "#,##0" : `#,##0.0${unit.commas}`;
  const words = unit === undefined ? name : lang === "vi" ? `${unit.vi} ${name}` : unit.en;
  const format = lang === "vi" ? `${number}" ${words}"` : `"${name} "${number}${unit === undefined ? "" : `" ${words}"`}`;
  return { expression: digits === 0 ? ref : `${ref}/${10 ** digits}`, result: whole, format };
}
