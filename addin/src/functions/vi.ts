/**
 * Vietnamese descriptions of the custom functions and their arguments, for the vi-VN
 * functions metadata Excel shows in its formula autocomplete. Names stay English so a
 * workbook's formulas work in every language.
 */
export const VI_DESCRIPTIONS: Readonly<Record<string, { readonly description: string; readonly parameters: Readonly<Record<string, string>> }>> = {
  ALLOCATE: {
    description: "Phân bổ một tổng theo trọng số bằng phương pháp số dư lớn nhất, các phần cộng lại đúng bằng tổng.",
    parameters: {
      total: "Số tiền cần phân bổ, ví dụ chi phí theo đồng.",
      weights: "Một hàng hoặc một cột trọng số (số lượt, m², nhân sự); ô trống tính là 0.",
      decimals: "Số chữ số thập phân của các phần: 0 (mặc định) là đồng, 2 là xu, -3 là nghìn đồng.",
    },
  },
  DIRECT: {
    description:
      "Phương pháp trực tiếp: mỗi trung tâm hỗ trợ phân bổ thẳng chi phí cho các trung tâm trực tiếp theo tiêu thức. Trả về chi phí cuối cùng của " +
      "từng trung tâm (trung tâm hỗ trợ bằng 0), cộng lại đúng bằng tổng chi phí.",
    parameters: CENTRE_PARAMETERS("Không dùng với phương pháp này; có để ba phương pháp cùng đối số."),
  },
  STEPDOWN: {
    description:
      "Phương pháp bậc thang: các trung tâm hỗ trợ phân bổ lần lượt (mặc định: trung tâm phục vụ nhiều trung tâm nhất trước) cho mọi trung tâm chưa " +
      "khóa sổ. Trả về chi phí cuối cùng của từng trung tâm.",
    parameters: CENTRE_PARAMETERS("Thứ tự bậc thang theo số thứ tự trung tâm (1 = trung tâm đầu tiên của costs); để trống để dùng thứ tự mặc định."),
  },
  RECIPROCAL: {
    description:
      "Phương pháp phân bổ qua lại: giải chính xác mọi dịch vụ qua lại giữa các trung tâm hỗ trợ rồi phân bổ cho các trung tâm trực tiếp. Trả về " +
      "chi phí cuối cùng của từng trung tâm.",
    parameters: CENTRE_PARAMETERS("Không dùng với phương pháp này; có để ba phương pháp cùng đối số."),
  },
  FLOWS: {
    description: "Bảng luồng phân bổ chi phí: mỗi trung tâm hỗ trợ chuyển bao nhiêu chi phí cho từng trung tâm, theo đồng.",
    parameters: {
      ...CENTRE_PARAMETERS("Thứ tự bậc thang theo số thứ tự trung tâm; để trống để dùng thứ tự mặc định."),
      method: '"direct" (trực tiếp), "step-down" (bậc thang, mặc định) hoặc "reciprocal" (qua lại).',
    },
  },
  DEPRECIATION: {
    description: "Khấu hao ghi nhận trong một năm của tài sản, theo đồng; các năm cộng lại đúng bằng nguyên giá trừ giá trị thu hồi.",
    parameters: {
      cost: "Nguyên giá tài sản theo đồng.",
      salvage: "Giá trị thu hồi theo đồng (0 với phần mềm).",
      life: "Thời gian sử dụng (năm), ví dụ 5 năm với phần mềm (Thông tư 23/2023/TT-BTC).",
      year: "Năm thứ mấy của lịch khấu hao: 1 là năm tài sản đưa vào sử dụng.",
      method: '"straight-line" (đường thẳng, mặc định), "sum-of-years", "declining-balance" hoặc "double-declining" (hoặc SLN, SYD, DB, DDB).',
      inServiceMonth: "Tháng (1-12) đưa vào sử dụng: khấu hao năm đầu theo số tháng, phần còn lại vào một năm thêm; để trống nếu tính đủ năm.",
    },
  },
  EAC: {
    description:
      "Chi phí tương đương hằng năm của tài sản: khoản đều hằng năm có giá trị hiện tại bằng nguyên giá trừ giá trị thu hồi đã chiết khấu, theo đồng.",
    parameters: {
      cost: "Nguyên giá tài sản theo đồng.",
      life: "Thời gian sử dụng (năm).",
      rate: "Tỷ lệ chiết khấu mỗi năm, ví dụ 0.08.",
      salvage: "Giá trị thu hồi cuối thời gian sử dụng, theo đồng (mặc định 0).",
    },
  },
  EMRCOMPONENT: {
    description:
      "Cấu phần BAĐT trong giá từng dịch vụ: chi phí BAĐT hằng năm chia cho các dịch vụ theo số lượt x trọng số (số dư lớn nhất), rồi chia cho số " +
      "lượt của dịch vụ.",
    parameters: {
      annualCost: "Chi phí BAĐT cần thu hồi mỗi năm, theo đồng.",
      volumes: "Mỗi dịch vụ một ô: số lượt mỗi năm (lượt khám, ngày giường, xét nghiệm).",
      weights: "Mỗi dịch vụ một ô: trọng số tương đối (1 với dịch vụ thông thường).",
      priceStep: "Làm tròn mỗi cấu phần lên/xuống theo bước này (ví dụ 100 đồng); để trống để lấy số chính xác.",
    },
  },
  PRICE: {
    description: "Giá đề xuất của dịch vụ: giá hiện hành cộng cấu phần BAĐT, làm tròn theo bước giá và quy tắc, không vượt giá tối đa.",
    parameters: {
      current: "Giá hiện hành theo đồng.",
      component: "Cấu phần BAĐT mỗi lượt theo đồng (ví dụ từ COSTPLAN.EMRCOMPONENT).",
      step: "Bước giá (mặc định 100 đồng).",
      rounding: '"half-up" (mặc định, như ROUND của Excel), "half-even", "down" hoặc "up".',
      cap: "Giá tối đa; giá đề xuất không vượt quá mức này. Để trống nếu không có.",
    },
  },
  VERSION: { description: "Phiên bản của add-in costplan.", parameters: {} },
};

function CENTRE_PARAMETERS(order: string): Record<string, string> {
  return {
    costs: "Mỗi trung tâm một ô: chi phí trực tiếp theo đồng.",
    kinds: 'Mỗi trung tâm một ô: "support" hoặc "operating" ("hỗ trợ" hoặc "trực tiếp").',
    usage:
      "Khối vuông, mỗi trung tâm một hàng và một cột: hàng s là lượng tiêu thức phân bổ của trung tâm hỗ trợ s mà mỗi trung tâm sử dụng; hàng của " +
      "trung tâm trực tiếp để trống.",
    order,
  };
}
