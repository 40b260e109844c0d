export { writeWorkbook, type WorkbookOptions } from "./results/write-workbook.js";
export type { AppliedScenario } from "./results/scenarios-sheet.js";
export { HEADER_ROW, PRICING, PROGRAMME, TABLES, type Column, type InputCells, type KeyValueSheet, type TableSheet } from "./layout.js";
export { addInputSheets, writeTemplate, type TemplateOptions } from "./template/write-inputs.js";
export { readInputs, type ReadProblem, type ReadResult } from "./template/read-inputs.js";
export { inputGrids, readGrids, type InputGrid } from "./template/grids.js";
export { inspectPackage } from "./package/inspect-package.js";
export { WORKBOOK_LIMITS, type WorkbookLimits } from "./package/limits.js";
export { readWorkbookModel, modelFromSheets, type ReadModelOptions, type WorkbookModel } from "./template/read-model.js";
