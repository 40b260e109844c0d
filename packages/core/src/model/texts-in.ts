import type { Language } from "../errors/catalogue.js";
import { textIn, type LocalText } from "./local-text.js";
import type { Model } from "./schema.js";

/** Any entry of a model that says where its figures come from. */
interface Provenance {
  readonly source?: LocalText | undefined;
  readonly assumption?: LocalText | undefined;
}

const isPlain = (t: LocalText | undefined): boolean => t === undefined || typeof t === "string";

/** The entry with its source and assumption as plain text in `lang`; the entry itself when they are plain already. */
function plain<T extends Provenance>(entry: T, lang: Language): T {
  if (isPlain(entry.source) && isPlain(entry.assumption)) return entry;
  return {
    ...entry,
    ...(entry.source === undefined ? {} : { source: textIn(entry.source, lang) }),
    ...(entry.assumption === undefined ? {} : { assumption: textIn(entry.assumption, lang) }),
  };
}

/** The programme's target with its description, a text a person reads like its reason, in `lang`. */
function withDescriptionIn<T extends { readonly description?: LocalText | undefined }>(target: T, lang: Language): T {
  return isPlain(target.description) ? target : { ...target, description: textIn(target.description, lang) };
}

/**
 * The model with every provenance text (each `source`, `assumption`, scenario `reason`, the target's `description`
 * and the analysis set-up's reasons)
 * as plain text in one language: what a workbook in that language holds, since a cell holds
 * one text. A template written in Vietnamese and read back gives this projection of the
 * model, not the model: the English texts stay in the model file, not in the workbook.
 * Figures and every other field are untouched; entries without two-language texts are the
 * same objects.
 *
 * @param model - a model from `parseModel`
 * @param lang - the language whose texts to keep
 * @returns the model with one-language texts
 * @example modelTextsIn(model, "vi").programme.assumption // "tỷ lệ chiết khấu 8 % ... là giả định"
 */
export function modelTextsIn(model: Model, lang: Language): Model {
  const { programme } = model;
  return {
    ...model,
    programme: {
      ...plain(programme, lang),
      ...(programme.target === undefined ? {} : { target: withDescriptionIn(plain(programme.target, lang), lang) }),
      ...(programme.reported === undefined ? {} : { reported: plain(programme.reported, lang) }),
    },
    fundingSources: model.fundingSources.map((s) => plain(s, lang)),
    facilities: model.facilities.map((f) => {
      const facility = plain(f, lang);
      if (f.costCentres === undefined) return facility;
      return { ...facility, costCentres: { ...plain(f.costCentres, lang), centres: f.costCentres.centres.map((c) => plain(c, lang)) } };
    }),
    pools: model.pools.map((p) => plain(p, lang)),
    costItems: model.costItems.map((c) => plain(c, lang)),
    savings: model.savings.map((s) => plain(s, lang)),
    serviceLists: model.serviceLists.map((l) => ({ ...plain(l, lang), services: l.services.map((s) => plain(s, lang)) })),
    pricing: plain(model.pricing, lang),
    scenarios: model.scenarios.map((s) => (isPlain(s.reason) ? s : { ...s, reason: textIn(s.reason!, lang) })),
    ...(model.analysis === undefined ? {} : { analysis: analysisTextsIn(model.analysis, lang) }),
  };
}

/** The analysis set-up with each range's and correlation's reason in `lang`. */
function analysisTextsIn(setup: NonNullable<Model["analysis"]>, lang: Language): NonNullable<Model["analysis"]> {
  const { sensitivity, simulation } = setup;
  return {
    ...setup,
    ...(sensitivity === undefined ? {} : { sensitivity: { ...sensitivity, inputs: sensitivity.inputs.map((i) => plain(i, lang)) } }),
    ...(simulation === undefined
      ? {}
      : {
          simulation: {
            ...simulation,
            inputs: simulation.inputs.map((i) => plain(i, lang)),
            ...(simulation.correlations === undefined ? {} : { correlations: simulation.correlations.map((c) => plain(c, lang)) }),
          },
        }),
  };
}
