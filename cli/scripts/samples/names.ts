/**
 * Unit names for the sample province "Tỉnh An Hòa" (a made-up province: dữ liệu mẫu). Names
 * follow real naming after the 2025 reorganisation: departments and UBND xã/phường.
 */
export const PROVINCE = "TỈNH AN HÒA";

export const DEPARTMENTS = [
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Tài chính",
  "Sở Công Thương",
  "Sở Nông nghiệp và Môi trường",
  "Sở Xây dựng",
  "Sở Khoa học và Công nghệ",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Dân tộc và Tôn giáo",
  "Sở Ngoại vụ",
  "Thanh tra tỉnh",
  "Văn phòng UBND tỉnh",
  "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
  "Ban Quản lý các khu công nghiệp",
  "Ban Quản lý Khu kinh tế cửa khẩu",
  "Đài Phát thanh và Truyền hình tỉnh",
  "Trung tâm Phục vụ hành chính công tỉnh",
  "Ban Quản lý dự án đầu tư xây dựng tỉnh",
  "Quỹ Đầu tư phát triển tỉnh",
  "Trường Cao đẳng Kỹ thuật - Công nghệ An Hòa",
] as const;

const COMMUNE_NAMES = [
  "Hòa Bình",
  "Tân Phú",
  "An Khánh",
  "Phú Lộc",
  "Thạnh Mỹ",
  "Bình Minh",
  "Long Hưng",
  "Mỹ Thuận",
  "Tân An",
  "Phước Long",
  "Hưng Đạo",
  "Quang Trung",
  "Trần Phú",
  "Lê Lợi",
  "Đông Hòa",
  "Tây Sơn",
  "Nam Sơn",
  "Bắc Sơn",
  "Hòa Thành",
  "Thuận An",
  "Xuân Lộc",
  "Vĩnh Phúc",
  "Cẩm Giàng",
  "Yên Thế",
  "Ngọc Lặc",
  "Quảng Xương",
  "Đức Phổ",
  "Sơn Tịnh",
  "Ea Kar",
  "Krông Bông",
  "Mường Thanh",
  "Sìn Hồ",
  "Phù Cát",
  "Hoài Nhơn",
  "Tam Kỳ",
  "Điện Bàn",
  "Cái Bè",
  "Châu Thành",
  "Hòn Đất",
  "Năm Căn",
  "Đồng Xoài",
  "Bảo Lộc",
] as const;

/** 42 communes and wards: every third is a ward (phường). */
export const COMMUNES = COMMUNE_NAMES.map((n, i) => (i % 3 === 2 ? `UBND phường ${n}` : `UBND xã ${n}`));

/** ASCII file stem: "Sở Tư pháp" → "so-tu-phap". */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Evidence references as units cite them. */
export function evidenceRef(kind: number, n: number, unitCode: string, day: number, month: number): string {
  const forms = [
    `Kế hoạch số ${n}/KH-${unitCode} ngày ${day}/${month}/2025`,
    `Báo cáo số ${n}/BC-${unitCode} ngày ${day}/${month}/2025`,
    `Quyết định số ${n}/QĐ-${unitCode} ngày ${day}/${month}/2025`,
    `Thông báo số ${n}/TB-${unitCode} ngày ${day}/${month}/2025`,
    `Công văn số ${n}/${unitCode}-VP ngày ${day}/${month}/2025`,
  ];
  return forms[kind % forms.length]!;
}

/** Short issuer code for evidence numbers: "Sở Tư pháp" → "STP", "UBND xã Tân Phú" → "UBND". */
export function issuerCode(name: string): string {
  if (name.startsWith("UBND")) return "UBND";
  const words = slug(name)
    .split("-")
    .filter((w) => !["va", "cac", "tinh"].includes(w));
  return words
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}
