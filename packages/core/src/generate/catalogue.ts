/*
 * Names a generated facility draws its cost centres and services from: the departments
 * of a Vietnamese hospital (Circular 43/2013/TT-BYT lists clinical and para-clinical
 * departments by class). Names are Vietnamese, as the model's language is `vi`.
 */

/** A support centre: its id, name and what its allocation base measures. */
export interface SupportTemplate {
  readonly id: string;
  readonly name: string;
  readonly base: string;
}

/** What an operating centre produces, which decides the category of its services. */
export type OperatingRole = "examination" | "ward" | "test" | "technical";

/** An operating centre: its id, name and role. */
export interface OperatingTemplate {
  readonly id: string;
  readonly name: string;
  readonly role: OperatingRole;
}

/** IT comes first: it is every facility's EMR centre, so it exists in the smallest model. */
export const SUPPORT_CENTRES: readonly SupportTemplate[] = [
  { id: "IT", name: "Tổ Công nghệ thông tin", base: "EMR workstations" },
  { id: "ADMIN", name: "Phòng Tổ chức - Hành chính", base: "employees" },
  { id: "FIN", name: "Phòng Tài chính - Kế toán", base: "employees" },
  { id: "PLAN", name: "Phòng Kế hoạch tổng hợp", base: "medical records" },
  { id: "SUPPLY", name: "Phòng Vật tư - Thiết bị y tế", base: "equipment items" },
  { id: "NURSING", name: "Phòng Điều dưỡng", base: "nurses" },
  { id: "INFECTION", name: "Khoa Kiểm soát nhiễm khuẩn", base: "m²" },
  { id: "PHARMACY", name: "Khoa Dược", base: "prescriptions" },
  { id: "NUTRITION", name: "Khoa Dinh dưỡng", base: "meals" },
  { id: "QUALITY", name: "Phòng Quản lý chất lượng", base: "employees" },
];

/** Ordered so that even a few centres cover every service category: examination, a ward, tests, imaging. */
export const OPERATING_CENTRES: readonly OperatingTemplate[] = [
  { id: "OPD", name: "Khoa Khám bệnh", role: "examination" },
  { id: "MED", name: "Khoa Nội tổng hợp", role: "ward" },
  { id: "LAB", name: "Khoa Xét nghiệm", role: "test" },
  { id: "IMAGING", name: "Khoa Chẩn đoán hình ảnh", role: "technical" },
  { id: "SURG", name: "Khoa Ngoại tổng hợp", role: "ward" },
  { id: "ICU", name: "Khoa Hồi sức tích cực - Chống độc", role: "ward" },
  { id: "EMERGENCY", name: "Khoa Cấp cứu", role: "ward" },
  { id: "PAED", name: "Khoa Nhi", role: "ward" },
  { id: "OBS", name: "Khoa Phụ sản", role: "ward" },
  { id: "MICRO", name: "Khoa Vi sinh", role: "test" },
  { id: "FUNCTION", name: "Khoa Thăm dò chức năng", role: "technical" },
  { id: "ENDOSCOPY", name: "Khoa Nội soi", role: "technical" },
  { id: "CARDIO", name: "Khoa Tim mạch", role: "ward" },
  { id: "NEURO", name: "Khoa Thần kinh", role: "ward" },
  { id: "ORTHO", name: "Khoa Chấn thương chỉnh hình", role: "ward" },
  { id: "ENT", name: "Khoa Tai Mũi Họng", role: "ward" },
  { id: "EYE", name: "Khoa Mắt", role: "ward" },
  { id: "DENTAL", name: "Khoa Răng Hàm Mặt", role: "ward" },
  { id: "ONCOLOGY", name: "Khoa Ung bướu", role: "ward" },
  { id: "INFECTIOUS", name: "Khoa Truyền nhiễm", role: "ward" },
  { id: "REHAB", name: "Khoa Phục hồi chức năng", role: "ward" },
  { id: "TRADITIONAL", name: "Khoa Y học cổ truyền", role: "ward" },
  { id: "ANAESTHESIA", name: "Khoa Phẫu thuật - Gây mê hồi sức", role: "technical" },
  { id: "PATHOLOGY", name: "Khoa Giải phẫu bệnh", role: "test" },
  { id: "HAEMATOLOGY", name: "Khoa Huyết học - Truyền máu", role: "test" },
  { id: "DIALYSIS", name: "Đơn nguyên Thận nhân tạo", role: "technical" },
  { id: "DERMA", name: "Khoa Da liễu", role: "ward" },
  { id: "PSYCH", name: "Khoa Tâm thần", role: "ward" },
  { id: "GERIATRIC", name: "Khoa Lão khoa", role: "ward" },
  { id: "NEONATAL", name: "Đơn nguyên Sơ sinh", role: "ward" },
  { id: "NUCLEAR", name: "Khoa Y học hạt nhân", role: "technical" },
  { id: "VACCINE", name: "Phòng Tiêm chủng", role: "technical" },
];

/** Service names by category; a facility's list repeats them with a variant number. */
export const SERVICE_NAMES = {
  examination: ["Khám bệnh", "Khám chuyên khoa", "Hội chẩn", "Khám sức khỏe định kỳ"],
  "bed-day": ["Ngày giường bệnh", "Ngày giường điều trị ban ngày"],
  test: [
    "Tổng phân tích tế bào máu ngoại vi",
    "Định lượng Glucose",
    "Định lượng Creatinin",
    "Xét nghiệm đông máu cơ bản",
    "Nuôi cấy và định danh vi khuẩn",
    "Tổng phân tích nước tiểu",
    "Định lượng HbA1c",
  ],
  technical: [
    "Chụp X-quang số hóa",
    "Siêu âm ổ bụng",
    "Chụp CT 64 dãy",
    "Điện tim thường",
    "Nội soi dạ dày",
    "Thủ thuật loại I",
    "Phẫu thuật loại II",
    "Chạy thận nhân tạo",
  ],
} as const;
