import type ExcelJS from "exceljs";
import type { Language } from "@costplan/core";
import { sheetName, type SheetKey } from "../labels/sheet-names.js";
import { PRICING, PROGRAMME, TABLES } from "../layout.js";
import { A4 } from "../paper.js";

/** A tab's name in the workbook's language, as the rules name it. */
type Tab = (key: SheetKey) => string;

const TEXT = {
  en: {
    title: "costplan input workbook: how to fill it in",
    rules: (tab: Tab) => [
      "Yellow cells with blue text are inputs. Type values, not formulas: costplan refuses a formula in an input cell.",
      `${tab("Programme")} and ${tab("Pricing")} hold one field per row: type the value in column B; column C says what it is.`,
      "The other sheets are tables: one record per row from row 3. Keep the header row (row 2): columns may be moved, not renamed or removed. Add " +
        "records below the last row; empty rows are skipped.",
      "Amounts are whole đồng (1500000000). Typed as text, they may group thousands when the grouping is unambiguous (1.500.000.000 or " +
        "1,500,000,000); a lone group such as 1.500 is refused, since it reads as 1500 in Vietnamese and 1.5 in English.",
      `Months as YYYY-MM (2021-07). Lists separated by ; (I; II; III). Funding: the source id on ${tab("CostItems")}; when several sources pay, ` +
        `leave it empty and give one row per source on ${tab("FundingShares")} (item, source, share: 60% and 40%). Yes/no: pick Yes or No (TRUE and ` +
        `FALSE read too).`,
      "Hover a column header to read what the column holds; drop-downs list the allowed words.",
      `A facility's cost centres: one row on ${tab("CentreSettings")}, its centres on ${tab("CostCentres")}, and the allocation bases (how much ` +
        `each support centre serves each centre) on ${tab("Usage")}.`,
      "A scenario changes some inputs: one row per change, with the path (programme.discountRate, costItems[ID].usefulLife) and the new value.",
      "Give the saved file to costplan: it checks every cell and names each cell to fix.",
    ],
    sheets: "Sheets",
  },
  vi: {
    title: "Sổ nhập liệu costplan: cách điền",
    rules: (tab: Tab) => [
      "Ô nền vàng chữ xanh là ô nhập liệu. Nhập giá trị, không nhập công thức: costplan không nhận công thức trong ô nhập liệu.",
      `Trang ${tab("Programme")} và ${tab("Pricing")}: mỗi dòng một trường, nhập giá trị ở cột B; cột C giải thích trường đó.`,
      "Các trang còn lại là bảng: mỗi dòng một bản ghi, từ dòng 3. Giữ nguyên dòng tiêu đề (dòng 2): có thể đổi thứ tự cột, không đổi tên hay xóa " +
        "cột. Thêm bản ghi dưới dòng cuối; dòng trống được bỏ qua.",
      "Số tiền là số đồng nguyên (1500000000). Khi gõ dưới dạng văn bản, có thể phân cách hàng nghìn nếu không gây nhầm lẫn (1.500.000.000 hoặc " +
        "1,500,000,000); một nhóm đơn lẻ như 1.500 bị từ chối, vì tiếng Việt đọc là 1500 còn tiếng Anh đọc là 1,5.",
      `Tháng dạng YYYY-MM (2021-07). Danh sách cách nhau bởi ; (I; II; III). Nguồn vốn: mã nguồn ở trang ${tab("CostItems")}; khi nhiều nguồn cùng ` +
        `chi, để trống ô đó và ghi mỗi nguồn một dòng ở trang ${tab("FundingShares")} (khoản, nguồn, tỷ lệ: 60% và 40%). Có/không: chọn Có hoặc ` +
        `Không (TRUE và FALSE cũng được).`,
      "Di chuột lên tiêu đề cột để xem cột chứa gì; danh sách thả xuống liệt kê các giá trị được phép.",
      `Trung tâm chi phí của một cơ sở: một dòng ở trang ${tab("CentreSettings")}, các trung tâm ở trang ${tab("CostCentres")}, tiêu thức phân bổ ` +
        `(mỗi trung tâm hỗ trợ phục vụ từng trung tâm bao nhiêu) ở trang ${tab("Usage")}.`,
      "Kịch bản thay đổi một số dữ liệu: mỗi thay đổi một dòng, gồm đường dẫn (programme.discountRate, costItems[MÃ].usefulLife) và giá trị mới.",
      "Đưa tệp đã lưu cho costplan: costplan kiểm tra mọi ô và chỉ ra từng ô cần sửa.",
    ],
    sheets: "Các trang",
  },
} as const;

/** Adds a short first sheet saying how to fill in the input sheets. */
export function addReadMeSheet(workbook: ExcelJS.Workbook, language: Language): void {
  const t = TEXT[language];
  // On A4, fitted to the page width: the first page a person prints.
  const ws = workbook.addWorksheet("ReadMe", { pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = 4;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 110;
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  let row = 3;
  t.rules((key) => sheetName(key, language)).forEach((rule, i) => {
    ws.getCell(row, 1).value = i + 1;
    ws.getCell(row, 2).value = rule;
    ws.mergeCells(row, 2, row, 3);
    ws.getCell(row, 2).alignment = { wrapText: true, vertical: "top" };
    ws.getRow(row).height = 30;
    row += 1;
  });
  row += 1;
  ws.getCell(row, 1).value = t.sheets;
  ws.getCell(row, 1).font = { bold: true };
  const sheets = [
    PROGRAMME,
    TABLES.priceIndex,
    TABLES.fundingSources,
    TABLES.facilities,
    TABLES.pools,
    TABLES.costItems,
    TABLES.fundingShares,
    TABLES.savings,
    TABLES.centreSettings,
    TABLES.centres,
    TABLES.usage,
    TABLES.serviceLists,
    TABLES.services,
    PRICING,
    TABLES.scenarios,
    TABLES.analysis,
  ];
  for (const sheet of sheets) {
    row += 1;
    ws.getCell(row, 2).value = sheetName(sheet.name, language);
    ws.getCell(row, 3).value = sheet.title[language];
  }
}
