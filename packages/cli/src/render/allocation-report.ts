import { formatMoney, formatNumber, type AllocationResult, type CurrencyCode, type Explanation, type Language, type TimeDrivenResult } from "@costplan/core";
import { table } from "./table.js";

const T = {
  en: {
    method: { direct: "direct", "step-down": "step-down", reciprocal: "reciprocal" },
    title: (m: string) => `Cost allocation, ${m} method`,
    order: "Order",
    flows: "Flows",
    from: "From",
    to: "To",
    share: "Share",
    amount: "Amount",
    finalTitle: "Final cost of operating centres",
    supportTitle: (reciprocal: boolean) => (reciprocal ? "Complete reciprocated cost of support centres" : "Cost allocated by support centres"),
    centre: "Centre",
    total: "Total",
    explainTitle: (id: string, kind: string) => `Where the cost of ${id} (${kind === "support" ? "support centre" : "operating centre"}) comes from`,
    direct: "Own direct cost",
    received: "Received",
    sent: "Sent",
    origins: "By original centre",
    path: "Route",
    truncated: (n: number) => `(only the ${n} largest routes are listed)`,
    resource: "Resource",
    rate: "Rate per minute",
    capacity: "Capacity (min)",
    used: "Used (min)",
    charged: "Charged",
    unused: "Unused capacity",
    service: "Service",
    volume: "Volume",
    unitCost: "Unit cost",
    over: "over capacity",
    tdTitle: "Time-driven activity-based costing",
  },
  vi: {
    method: { direct: "trực tiếp", "step-down": "bậc thang", reciprocal: "phân bổ qua lại" },
    title: (m: string) => `Phân bổ chi phí, phương pháp ${m}`,
    order: "Thứ tự",
    flows: "Các dòng phân bổ",
    from: "Từ",
    to: "Đến",
    share: "Tỷ lệ",
    amount: "Số tiền",
    finalTitle: "Chi phí cuối cùng của các trung tâm trực tiếp",
    supportTitle: (reciprocal: boolean) =>
      reciprocal ? "Chi phí hoàn chỉnh (sau phân bổ qua lại) của trung tâm hỗ trợ" : "Chi phí phân bổ đi của trung tâm hỗ trợ",
    centre: "Trung tâm",
    total: "Tổng",
    explainTitle: (id: string, kind: string) => `Nguồn gốc chi phí của ${id} (${kind === "support" ? "trung tâm hỗ trợ" : "trung tâm trực tiếp"})`,
    direct: "Chi phí trực tiếp của chính nó",
    received: "Nhận được",
    sent: "Phân bổ đi",
    origins: "Theo trung tâm phát sinh ban đầu",
    path: "Đường đi",
    truncated: (n: number) => `(chỉ liệt kê ${n} đường đi lớn nhất)`,
    resource: "Nguồn lực",
    rate: "Đơn giá mỗi phút",
    capacity: "Công suất (phút)",
    used: "Đã dùng (phút)",
    charged: "Đã tính vào dịch vụ",
    unused: "Công suất không dùng",
    service: "Dịch vụ",
    volume: "Số lượng",
    unitCost: "Chi phí đơn vị",
    over: "vượt công suất",
    tdTitle: "Tính chi phí theo hoạt động dựa trên thời gian (TDABC)",
  },
} as const;

/** The readable report of an allocation: its flows, then final and support costs. */
export function renderAllocation(r: AllocationResult, lang: Language): string {
  const t = T[lang];
  const money = (a: number): string => formatMoney(a, r.currency, lang);
  const share = (s: string): string => formatNumber(s, lang, 6).replace(/[,.]?0+$/, "");
  const parts = [t.title(t.method[r.method])];
  if (r.method === "step-down") parts.push(`${t.order}: ${r.order.join(" → ")}`);
  parts.push(
    `${t.flows}\n${table(
      [t.from, t.to, t.share, t.amount],
      r.flows.map((f) => [f.from, f.to, share(f.share), money(f.amount)]),
    )}`,
  );
  parts.push(
    `${t.supportTitle(r.method === "reciprocal")}\n${table(
      [t.centre, t.amount],
      Object.entries(r.support).map(([id, a]) => [id, money(a)]),
    )}`,
  );
  const finals = Object.entries(r.final).map(([id, a]) => [id, money(a)]);
  parts.push(`${t.finalTitle}\n${table([t.centre, t.amount], [...finals, [t.total, money(r.total)]])}`);
  return parts.join("\n\n");
}

/** The readable audit trail of one centre. */
export function renderExplanation(e: Explanation, currency: CurrencyCode, lang: Language): string {
  const t = T[lang];
  const money = (a: number): string => formatMoney(a, currency, lang);
  const share = (s: string): string => formatNumber(s, lang, 6).replace(/[,.]?0+$/, "");
  const parts = [`${t.explainTitle(e.centre, e.kind)}: ${money(e.amount)}`, `${t.direct}: ${money(e.directCost)}`];
  if (e.received.length > 0)
    parts.push(
      `${t.received}\n${table(
        [t.from, t.share, t.amount],
        e.received.map((f) => [f.from, share(f.share), money(f.amount)]),
      )}`,
    );
  if (e.sent.length > 0)
    parts.push(
      `${t.sent}\n${table(
        [t.to, t.share, t.amount],
        e.sent.map((f) => [f.to, share(f.share), money(f.amount)]),
      )}`,
    );
  const rows = e.origins.flatMap((o) => [[o.centre, "", money(o.amount)], ...o.paths.map((p) => [`  ${p.path.join(" → ")}`, share(p.share), money(p.amount)])]);
  parts.push(`${t.origins}\n${table([t.centre, t.share, t.amount], rows)}${e.origins.some((o) => o.truncated) ? `\n${t.truncated(200)}` : ""}`);
  if (e.reciprocated !== undefined) {
    parts.push(
      `${t.supportTitle(true)}\n${table(
        [t.centre, t.amount],
        Object.entries(e.reciprocated).map(([id, a]) => [id, money(a)]),
      )}`,
    );
  }
  return parts.join("\n\n");
}

/** The readable report of time-driven activity-based costing. */
export function renderTimeDriven(r: TimeDrivenResult, lang: Language): string {
  const t = T[lang];
  const money = (a: number): string => formatMoney(a, r.currency, lang);
  const resources = Object.entries(r.resources).map(([id, u]) => [
    id,
    formatNumber(u.ratePerMinute, lang, 4),
    formatNumber(u.capacityMinutes, lang),
    formatNumber(u.usedMinutes, lang, 2),
    money(u.charged),
    money(u.unused) + (u.overCapacity ? ` (${t.over})` : ""),
  ]);
  const services = Object.entries(r.services).map(([id, s]) => [id, formatNumber(s.volume, lang), money(s.total), formatNumber(s.unitCost, lang, 2)]);
  return [
    t.tdTitle,
    table([t.resource, t.rate, t.capacity, t.used, t.charged, t.unused], resources),
    table([t.service, t.volume, t.amount, t.unitCost], [...services, [t.total, "", money(r.total - r.unused), ""]]),
    `${t.unused}: ${money(r.unused)}`,
  ].join("\n\n");
}
