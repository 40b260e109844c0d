/**
 * Excel-compatible financial functions, computed with decimal.js. Each follows Excel's
 * argument order, defaults and quirks, and throws {@link FinancialFunctionError} where Excel
 * shows an error value.
 */
export { db } from "./db.js";
export { ddb } from "./ddb.js";
export { FinancialFunctionError } from "./error.js";
export type { FinancialErrorCode, FinancialFunctionName } from "./error.js";
export { fv } from "./fv.js";
export { irr } from "./irr.js";
export { npv } from "./npv.js";
export type { CashFlows } from "./npv.js";
export { pmt } from "./pmt.js";
export { pv } from "./pv.js";
export { sln } from "./sln.js";
export { syd } from "./syd.js";
export { vdb } from "./vdb.js";
