/** Parameters of a message: named values quoted in it. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One message of the catalogue: a function of its parameters in each language. */
export interface Message {
  readonly en: (p: MessageParams) => string;
  readonly vi: (p: MessageParams) => string;
}

/** A parameter as text; an absent one is empty, never "undefined". */
export const s = (p: MessageParams, key: string): string => String(p[key] ?? "");

/** The known ids of a reference message, with the count of those not shown, in each language. */
export const knownEn = (p: MessageParams): string => `${s(p, "known")}${Number(p["more"] ?? 0) > 0 ? ` (and ${s(p, "more")} more)` : ""}`;
export const knownVi = (p: MessageParams): string => `${s(p, "known")}${Number(p["more"] ?? 0) > 0 ? ` (và ${s(p, "more")} mã khác)` : ""}`;
