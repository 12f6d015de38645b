/**
 * The Sở Nội vụ's menu items. They appear only in the province deployment: its build appends
 * `var CCHC_PROVINCE = true;` to Code.js (scripts/build.ts), so the units' add-on keeps its
 * four items and its narrow scopes. Reading a global is allowed in AuthMode.NONE.
 */
export const PROVINCE_MENU_ITEMS: readonly { label: string; fn: string }[] = [
  { label: "Sở Nội vụ: tạo trang điều khiển", fn: "provinceSetup" },
  { label: "Sở Nội vụ: phát bảng chấm điểm", fn: "provinceHandOutMenu" },
  { label: "Sở Nội vụ: khóa tự chấm", fn: "provinceLockMenu" },
  { label: "Sở Nội vụ: mở lại cho đơn vị đang chọn", fn: "provinceUnlockMenu" },
  { label: "Sở Nội vụ: tạo Google Biểu mẫu điều tra (ĐTXHH)", fn: "provinceSurveyFormsMenu" },
  { label: "Sở Nội vụ: mở vòng 2 thẩm định cho đơn vị đang chọn", fn: "provinceRound2Menu" },
  { label: "Sở Nội vụ: mở vòng 2 thẩm định cho tất cả đơn vị", fn: "provinceRound2AllMenu" },
  { label: "Sở Nội vụ: kết thúc thẩm định cho đơn vị đang chọn", fn: "provinceCloseAppraisalMenu" },
  { label: "Sở Nội vụ: kết thúc thẩm định cho tất cả đơn vị", fn: "provinceCloseAppraisalAllMenu" },
  { label: "Sở Nội vụ: tổng hợp và xếp hạng", fn: "menuProvince" },
];

export function isProvinceDeployment(): boolean {
  return (globalThis as { CCHC_PROVINCE?: unknown }).CCHC_PROVINCE === true;
}

export const PROVINCE_FLAG_SCRIPT =
  "\n// The Sở Nội vụ's deployment (build/province).\nvar CCHC_PROVINCE = true;\n";
