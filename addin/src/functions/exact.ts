/**
 * The exact product of two finite numbers as a decimal string. Each number is taken at its
 * shortest decimal form (what Excel shows), so 1.1 x 3 is "3.3", not 3.3000000000000003.
 */
export function exactProduct(a: number, b: number): string {
  const x = decimalParts(a);
  const y = decimalParts(b);
  return toDecimalString(x.digits * y.digits, x.scale + y.scale);
}

function decimalParts(value: number): { digits: bigint; scale: number } {
  const [mantissa, exponent = "0"] = value.toExponential().split("e");
  const [whole = "0", fraction = ""] = mantissa!.replace("-", "").split(".");
  const sign = value < 0 ? -1n : 1n;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction) * sign;
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

function toDecimalString(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, "0");
  const head = text.slice(0, text.length - scale);
  const tail = text.slice(text.length - scale);
  return `${negative ? "-" : ""}${head}${tail === "" ? "" : `.${tail}`}`;
}
