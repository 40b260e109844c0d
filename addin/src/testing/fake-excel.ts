/**
 * A small in-memory Excel object model for tests outside Excel: worksheets with cell values,
 * charts and selection, `Excel.run` and `context.sync()`. Only what the add-in's office code
 * calls. The browser test injects the same shape as `window.Excel`.
 */
export interface FakeChart {
  type: string;
  title: string;
  name: string;
  source: { sheet: string; row: number; column: number; rows: number; columns: number };
}

export interface FakeSheet {
  name: string;
  cells: Map<string, string | number | boolean>;
  charts: FakeChart[];
  frozenRows: number;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  selected: string | undefined;
  active: string | undefined;
  syncs: number;
}

const key = (r: number, c: number): string => `${r},${c}`;

function letters(column: number): string {
  let out = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

function parseCell(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) return { row: 0, column: 0 };
  const column = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1; // A-Z only
  return { row: Number(m[2]) - 1, column };
}

/** Makes a fake `Excel` namespace over a state the test can inspect. */
export function fakeExcel(state: FakeWorkbookState = { sheets: [], selected: undefined, active: undefined, syncs: 0 }): {
  Excel: unknown;
  state: FakeWorkbookState;
} {
  const range = (sheet: FakeSheet, row: number, column: number, rows: number, columns: number) => ({
    sheet,
    row,
    column,
    rows,
    columns,
    format: { font: { bold: false }, fill: { color: "" } },
    set values(values: (string | number | boolean)[][]) {
      values.forEach((r, i) => {
        r.forEach((v, j) => {
          if (v === "") sheet.cells.delete(key(row + i, column + j));
          else sheet.cells.set(key(row + i, column + j), v);
        });
      });
    },
    get values(): (string | number | boolean)[][] {
      return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => sheet.cells.get(key(row + i, column + j)) ?? ""));
    },
    get rowIndex() {
      return row;
    },
    get columnIndex() {
      return column;
    },
    load() {
      return undefined;
    },
    select() {
      state.selected = `${sheet.name}!${letters(column)}${row + 1}`;
    },
  });
  const worksheet = (sheet: FakeSheet) => ({
    name: sheet.name,
    isNullObject: false,
    load() {
      return undefined;
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => range(sheet, row, column, rows, columns),
    getRange: (address: string) => {
      if (/^\d+:\d+$/.test(address)) return range(sheet, Number(address.split(":")[0]) - 1, 0, 1, 1);
      const { row, column } = parseCell(address);
      return range(sheet, row, column, 1, 1);
    },
    getUsedRange: () => {
      const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
      if (keys.length === 0) return range(sheet, 0, 0, 1, 1);
      const r0 = Math.min(...keys.map((k) => k[0]));
      const c0 = Math.min(...keys.map((k) => k[1]));
      const r1 = Math.max(...keys.map((k) => k[0]));
      const c1 = Math.max(...keys.map((k) => k[1]));
      return range(sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    },
    activate: () => {
      state.active = sheet.name;
    },
    delete: () => {
      state.sheets = state.sheets.filter((s) => s !== sheet);
    },
    freezePanes: {
      freezeRows: (n: number) => {
        sheet.frozenRows = n;
      },
    },
    charts: {
      add: (type: string, source: { sheet: FakeSheet; row: number; column: number; rows: number; columns: number }) => {
        const chart: FakeChart = {
          type,
          title: "",
          name: "",
          source: { sheet: source.sheet.name, row: source.row, column: source.column, rows: source.rows, columns: source.columns },
        };
        sheet.charts.push(chart);
        return {
          title: {
            set text(text: string) {
              chart.title = text;
            },
          },
          set name(name: string) {
            chart.name = name;
          },
        };
      },
    },
  });
  const worksheets = {
    get items() {
      return state.sheets.map(worksheet);
    },
    load() {
      return undefined;
    },
    add: (name: string) => {
      if (state.sheets.some((s) => s.name === name)) throw new Error(`A sheet named ${name} exists`);
      const sheet: FakeSheet = { name, cells: new Map(), charts: [], frozenRows: 0 };
      state.sheets.push(sheet);
      return worksheet(sheet);
    },
    getItem: (name: string) => {
      const sheet = state.sheets.find((s) => s.name === name);
      if (sheet === undefined) throw new Error(`ItemNotFound: ${name}`);
      return worksheet(sheet);
    },
    getItemOrNullObject: (name: string) => {
      const sheet = state.sheets.find((s) => s.name === name);
      return sheet === undefined ? { isNullObject: true, load: () => undefined } : worksheet(sheet);
    },
  };
  const context = {
    workbook: { worksheets },
    sync: () => {
      state.syncs += 1;
      return Promise.resolve();
    },
  };
  const Excel = {
    run: <T>(body: (ctx: typeof context) => Promise<T>) => body(context),
    ChartType: { columnStacked: "ColumnStacked", barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
  };
  return { Excel, state };
}

/** The values of a fake sheet as a grid from A1. */
export function gridOf(sheet: FakeSheet): (string | number | boolean)[][] {
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
  const rows = Math.max(0, ...keys.map((k) => k[0] + 1));
  const columns = Math.max(0, ...keys.map((k) => k[1] + 1));
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cells.get(key(r, c)) ?? ""));
}
