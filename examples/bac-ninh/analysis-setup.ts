/**
 * Bac Ninh's default sensitivity and Monte Carlo set-up. The source gives no ranges, so every
 * range here is an assumption, stated with its reason in English and Vietnamese; the
 * Monte Carlo draws each input from a PERT distribution over the same range, most likely at
 * the modelled value.
 */
import type { AnalysisSetupInput } from "@costplan/core";

type Range = { path: string; low: number; high: number; en: string; vi: string };

const RANGES: readonly Range[] = [
  {
    path: "programme.discountRate",
    low: -0.25,
    high: 0.25,
    en: "assumption: 8 % ± 2 points, the spread of public discount rates in use (6-10 %)",
    vi: "giả định: 8 % ± 2 điểm, khoảng tỷ lệ chiết khấu công đang được dùng (6-10 %)",
  },
  {
    path: "costItems[category=maintenance].amountPerYear",
    low: -0.2,
    high: 0.3,
    en: "assumption: maintenance contracts are renegotiated each year; overruns are likelier than savings",
    vi: "giả định: hợp đồng bảo trì được đàm phán lại hằng năm; vượt chi dễ xảy ra hơn tiết kiệm",
  },
  {
    path: "costItems[category=infrastructure].usefulLife",
    low: -0.2,
    high: 0.4,
    en: "assumption: servers and workstations last 4-7 years in practice, against the 5 modelled",
    vi: "giả định: máy chủ và máy trạm thực tế dùng được 4-7 năm, so với 5 năm trong mô hình",
  },
  {
    path: "costItems[category=software-deployment].cost",
    low: -0.1,
    high: 0.3,
    en: "assumption: software deployment contracts often run over budget, rarely under it",
    vi: "giả định: hợp đồng triển khai phần mềm thường vượt dự toán, hiếm khi thấp hơn",
  },
  {
    path: "serviceLists[*].services[*].volumePerBed",
    low: -0.2,
    high: 0.2,
    en: "assumption: service volumes move ± 20 % with bed occupancy",
    vi: "giả định: số lượt dịch vụ dao động ± 20 % theo công suất sử dụng giường bệnh",
  },
  {
    path: "serviceLists[*].insuredShare",
    low: -0.1,
    high: 0.05,
    en: "assumption: insurance covers about 90 % of patients; the share can fall more than it can rise",
    vi: "giả định: bảo hiểm y tế chi trả cho khoảng 90 % người bệnh; tỷ lệ này có thể giảm nhiều hơn tăng",
  },
];

/** The `analysis` section of the Bac Ninh model. */
export function bacNinhAnalysis(): AnalysisSetupInput {
  return {
    outputs: ["summary.totalCost", "summary.presentValue", "summary.equivalentAnnualCost", "payers.byYear.2025.fund"],
    sensitivity: {
      inputs: RANGES.map((r) => ({ path: r.path, low: r.low, high: r.high, basis: "relative", assumption: { en: r.en, vi: r.vi } })),
      steps: 5,
    },
    simulation: {
      inputs: RANGES.map((r) => ({
        path: r.path,
        basis: "relative",
        distribution: { type: "pert", min: r.low, mode: 0, max: r.high },
        assumption: { en: r.en, vi: r.vi },
      })),
      correlations: [
        {
          a: "costItems[category=maintenance].amountPerYear",
          b: "costItems[category=software-deployment].cost",
          rank: 0.5,
          assumption: {
            en: "assumption: maintenance and deployment are bought from the same vendors at the same price level, so their overruns tend to go together",
            vi: "giả định: bảo trì và triển khai được mua của cùng nhà cung cấp, cùng mặt bằng giá, nên thường cùng vượt chi",
          },
        },
      ],
      draws: 1000,
      seed: 20250922,
      percentiles: [5, 50, 95],
    },
  };
}
