/** Name shown for the built-in model (its own module, so naming it does not load the model). */
export const BUILTIN_NAME = "(built-in) examples/bac-ninh/model.json";
