import type { SensitivityInput } from "@costplan/core";
import type { UncertainInput } from "@costplan/core/analysis";

/**
 * The set-up `costplan sensitivity` uses when neither `--vary` nor the model's own `analysis`
 * section gives one. Every range is an assumption (the source gives none), each with its reason.
 */
export const DEFAULT_SENSITIVITY: readonly SensitivityInput[] = [
  {
    path: "programme.discountRate",
    low: -0.25,
    high: 0.25,
    basis: "relative",
    assumption: {
      en: "8 % ± 2 points: the spread of public discount rates in use (6-10 %)",
      vi: "8 % ± 2 điểm: khoảng tỷ lệ chiết khấu công đang được dùng (6-10 %)",
    },
  },
  {
    path: "costItems[category=maintenance].amountPerYear",
    low: -0.2,
    high: 0.3,
    basis: "relative",
    assumption: {
      en: "maintenance contracts are renegotiated; overruns are likelier than savings",
      vi: "hợp đồng bảo trì được đàm phán lại; vượt chi dễ xảy ra hơn tiết kiệm",
    },
  },
  {
    path: "costItems[category=infrastructure].usefulLife",
    low: -0.2,
    high: 0.4,
    basis: "relative",
    assumption: {
      en: "servers and workstations last 4-7 years in practice against the 5 modelled",
      vi: "máy chủ và máy trạm thực tế dùng 4-7 năm, so với 5 năm trong mô hình",
    },
  },
  {
    path: "costItems[category=software-deployment].cost",
    low: -0.1,
    high: 0.3,
    basis: "relative",
    assumption: { en: "deployment contracts often run over budget", vi: "hợp đồng triển khai thường vượt dự toán" },
  },
  {
    path: "serviceLists[*].services[*].volumePerBed",
    low: -0.2,
    high: 0.2,
    basis: "relative",
    assumption: { en: "service volumes vary ± 20 % with bed occupancy", vi: "số lượt dịch vụ dao động ± 20 % theo công suất sử dụng giường" },
  },
  {
    path: "serviceLists[*].insuredShare",
    low: -0.1,
    high: 0.05,
    basis: "relative",
    assumption: {
      en: "insurance covers about 90 % of patients; the share can fall more than it can rise",
      vi: "bảo hiểm y tế chi trả cho khoảng 90 % người bệnh; tỷ lệ này có thể giảm nhiều hơn tăng",
    },
  },
];

/** The outputs when neither `--on` nor the model's `analysis.outputs` names any. */
export const DEFAULT_OUTPUTS: readonly string[] = ["summary.totalCost", "summary.presentValue", "summary.equivalentAnnualCost", "payers.byYear.2025.fund"];

/**
 * The uncertain inputs `costplan simulate` uses when neither `--vary` nor the model's set-up
 * gives any: the sensitivity ranges as PERT distributions around the model's value (most
 * likely: no change). Each range is an assumption, with the reason above.
 */
export const DEFAULT_UNCERTAINTY: readonly UncertainInput[] = DEFAULT_SENSITIVITY.map((input) => ({
  path: input.path,
  basis: input.basis,
  distribution: { type: "pert", min: input.low, mode: 0, max: input.high },
  assumption: input.assumption,
}));
