import bacNinh from "../../../examples/bac-ninh/model.json";

/** The Bac Ninh EMR programme, bundled so `costplan run` works with no file. */
export function builtinModel(): unknown {
  return structuredClone(bacNinh);
}
