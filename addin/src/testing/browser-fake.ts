// Injected into the task pane by the browser test before any page script: a fake Excel object
// model as window.Excel, and an Office.onReady that reports Excel as the host (office.js
// outside Office reports host null).
import { fakeExcel, gridOf } from "./fake-excel.js";

const { Excel, state } = fakeExcel();
const w = window as unknown as Record<string, unknown>;
w["Excel"] = Excel;
let office: object | undefined;
const onReady = (callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> => {
  const info = { host: "Excel", platform: "OfficeOnline" };
  callback?.(info);
  return Promise.resolve(info);
};
// office.js assigns window.Office and defines Office.onReady itself; reads go through a proxy whose onReady reports Excel as the host.
Object.defineProperty(window, "Office", {
  configurable: true,
  get: () =>
    office === undefined ? undefined : new Proxy(office, { get: (target, key) => (key === "onReady" ? onReady : (Reflect.get(target, key) as unknown)) }),
  set: (value: object) => {
    office = value;
  },
});
w["__costplanFake"] = {
  summary: () => {
    const budget = state.sheets.find((s) => s.name === "CP Budget");
    const grid = budget === undefined ? [] : gridOf(budget);
    return {
      sheets: state.sheets.map((s) => s.name),
      charts: state.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, type: c.type, title: c.title }))),
      budgetTotal: grid.slice(1).reduce((sum, row) => sum + Number(row[row.length - 1]), 0),
      selected: state.selected,
    };
  },
  setCell: (sheet: string, row: number, column: number, value: string) => {
    state.sheets.find((s) => s.name === sheet)!.cells.set(`${row},${column}`, value);
  },
};
