/**
 * A sample criteria set for the commune level (UBND xã, phường, đặc khu), 2025. It follows the
 * published shape (Sơn La 152/QĐ-UBND, 2014: 8 fields, 100 points = 73 self-assessed + 27
 * survey for local People's Committees; Hà Nội 2025: a 9th content for bonus and penalty points)
 * but its items, points and wording are invented for testing and training: it is NOT an
 * official decision. One criterion (8.1) keeps the district maxima of older sets, so a
 * district's sheet from before 1/7/2025 can still be scored with the same tree.
 */
import {
  CLASSIFICATION_PRESETS,
  CriteriaSetSchema,
  type CriteriaSet,
  type CriteriaSetInput,
} from "../schema";
import { group, leaf, surveyLeaf } from "./build";

const NOI_VU = "Sở Nội vụ";
const TU_PHAP = "Sở Tư pháp";
const TAI_CHINH = "Sở Tài chính";
const KHCN = "Sở Khoa học và Công nghệ";

const input: CriteriaSetInput = {
  schemaVersion: 1,
  id: "sample-commune-2025",
  name: "Bộ tiêu chí Chỉ số CCHC UBND cấp xã năm 2025 (mẫu — không phải văn bản chính thức)",
  year: 2025,
  unitTypes: ["commune"],
  sample: true,
  source: {
    issuer: "UBND tỉnh (mẫu)",
    decision: "Mẫu để thử nghiệm — không phải văn bản chính thức",
    annex: "Phụ lục 02 (mẫu): UBND xã, phường, đặc khu",
  },
  declaredTotal: 100,
  declaredSelfMax: 73,
  declaredSurveyMax: 27,
  declaredCounts: { fields: 8, criteria: 28, subcriteria: 41 },
  evidencePeriod: { from: "2025-01-01", to: "2025-12-31" },
  fields: [
    group(
      "1",
      "Công tác chỉ đạo, điều hành cải cách hành chính",
      11,
      [
        group("1.1", "Kế hoạch cải cách hành chính năm", 4, [
          leaf(
            "1.1.1",
            "Ban hành Kế hoạch CCHC năm của UBND xã",
            1,
            "Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm",
            "Kế hoạch CCHC năm 2025 của UBND xã",
          ),
          leaf(
            "1.1.2",
            "Mức độ hoàn thành Kế hoạch CCHC năm",
            3,
            "Đạt 100%: 3 điểm; từ 80% đến dưới 100%: 2 điểm; dưới 80%: 0 điểm",
            "Báo cáo CCHC năm 2025 của UBND xã",
          ),
        ]),
        group("1.2", "Chế độ báo cáo cải cách hành chính", 2, [
          leaf(
            "1.2.1",
            "Thực hiện báo cáo CCHC định kỳ đầy đủ, đúng hạn",
            2,
            "đúng hạn: 2 điểm; chậm: 1 điểm; không: 0 điểm",
            "Các báo cáo CCHC định kỳ năm 2025",
          ),
        ]),
        group("1.3", "Tuyên truyền cải cách hành chính", 3, [
          leaf(
            "1.3.1",
            "Tuyên truyền CCHC qua hệ thống truyền thanh cơ sở và mạng xã hội",
            1.5,
            "Chấm theo bước 0,25 điểm tùy số hình thức tuyên truyền đã thực hiện",
            "Kế hoạch tuyên truyền; danh mục tin, bài đã phát",
          ),
          leaf(
            "1.3.2",
            "Đối thoại của Chủ tịch UBND xã với người dân về CCHC",
            1.5,
            "Có: 1,5 điểm; Không: 0 điểm",
            "Thông báo, biên bản buổi đối thoại",
          ),
        ]),
        group(
          "1.4",
          "Đánh giá của người dân, tổ chức về công tác chỉ đạo, điều hành",
          2,
          [surveyLeaf("1.4.1", "Mức độ hài lòng về công tác chỉ đạo, điều hành CCHC của UBND xã", 2)],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    group(
      "2",
      "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
      8,
      [
        group("2.1", "Ban hành văn bản quy phạm pháp luật", 3, [
          leaf(
            "2.1.1",
            "Ban hành VBQPPL theo kế hoạch được HĐND, UBND xã thông qua",
            3,
            "Đạt 100%: 3 điểm; Từ 70% đến dưới 100%: 1,5 điểm; Dưới 70%: 0 điểm",
            "Các VBQPPL đã ban hành; báo cáo kết quả",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("2.2", "Rà soát, tự kiểm tra văn bản", 3, [
          leaf(
            "2.2.1",
            "Rà soát VBQPPL do HĐND, UBND xã ban hành",
            1,
            "Có: 1 điểm; Không: 0 điểm",
            "Báo cáo kết quả rà soát VBQPPL năm 2025",
          ),
          leaf(
            "2.2.2",
            "Xử lý văn bản sau rà soát",
            2,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa (a: số văn bản đã xử lý; b: số văn bản phải xử lý)",
            "Quyết định bãi bỏ, sửa đổi văn bản",
          ),
        ]),
        group(
          "2.3",
          "Đánh giá của người dân, tổ chức về thực thi pháp luật",
          2,
          [surveyLeaf("2.3.1", "Tính kịp thời, khả thi của các quyết định của UBND xã", 2)],
          { surveyScored: true },
        ),
      ],
      { appraiser: TU_PHAP },
    ),

    group(
      "3",
      "Cải cách thủ tục hành chính",
      15,
      [
        group("3.1", "Công khai thủ tục hành chính", 3, [
          leaf(
            "3.1.1",
            "Niêm yết, công khai đầy đủ TTHC tại Bộ phận Một cửa cấp xã",
            1.5,
            "Có: 1,5 điểm; Không: 0 điểm",
            "Ảnh chụp nơi niêm yết; đường dẫn trang thông tin điện tử",
            { mayBeNotApplicable: true },
          ),
          leaf(
            "3.1.2",
            "Công khai kết quả giải quyết hồ sơ TTHC",
            1.5,
            "Chấm theo bước 0,25 điểm tùy mức độ công khai",
            "Đường dẫn công khai kết quả",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("3.2", "Kết quả giải quyết thủ tục hành chính", 6, [
          leaf(
            "3.2.1",
            "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn",
            4,
            "Đạt 100%: 4 điểm; Từ 95% đến dưới 100%: 3 điểm; Từ 90% đến dưới 95%: 2 điểm; Dưới 90%: 0 điểm",
            "Số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh",
            { mayBeNotApplicable: true },
          ),
          leaf(
            "3.2.2",
            "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn",
            2,
            "Điểm = (a/b) x điểm tối đa; a: số hồ sơ quá hạn có văn bản xin lỗi; b: tổng số hồ sơ quá hạn",
            "Các văn bản xin lỗi",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị", 2, [
          leaf(
            "3.3.1",
            "Xử lý phản ánh, kiến nghị của người dân đúng hạn",
            2,
            "Trên 90%: 2 điểm; Từ 70% - dưới 90%: 1 điểm; Dưới 70%: 0 điểm",
            "Sổ theo dõi, báo cáo xử lý phản ánh, kiến nghị",
            { mayBeNotApplicable: true },
          ),
        ]),
        group(
          "3.4",
          "Đánh giá của người dân, tổ chức về thủ tục hành chính",
          4,
          [surveyLeaf("3.4.1", "Mức độ thuận tiện, minh bạch khi thực hiện TTHC tại UBND xã", 4)],
          { surveyScored: true },
        ),
      ],
      { appraiser: TU_PHAP, mayBeNotApplicable: true },
    ),

    group(
      "4",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      8,
      [
        group("4.1", "Thực hiện quy định về tổ chức bộ máy", 3, [
          leaf(
            "4.1.1",
            "Ban hành quy chế làm việc của UBND xã",
            1,
            "- Ban hành đúng thời hạn: 1 điểm\n- Ban hành chậm: 0,5 điểm",
            "Quyết định ban hành quy chế làm việc",
          ),
          leaf(
            "4.1.2",
            "Sắp xếp các phòng chuyên môn, đơn vị thuộc UBND xã theo quy định",
            2,
            "Chấm theo bước 0,25 điểm tùy mức độ hoàn thành",
            "Quyết định thành lập, kiện toàn các phòng chuyên môn",
          ),
        ]),
        group("4.2", "Quản lý, sử dụng biên chế", 3, [
          leaf(
            "4.2.1",
            "Sử dụng biên chế không vượt số được giao",
            3,
            "Có: 3 điểm; Không: 0 điểm",
            "Quyết định giao biên chế; danh sách cán bộ, công chức",
          ),
        ]),
        group(
          "4.3",
          "Đánh giá của người dân, tổ chức về tổ chức bộ máy",
          2,
          [surveyLeaf("4.3.1", "Sự hợp lý trong phân công nhiệm vụ của UBND xã", 2)],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    group(
      "5",
      "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      14,
      [
        group("5.1", "Vị trí việc làm, tuyển dụng", 4, [
          leaf(
            "5.1.1",
            "Bố trí cán bộ, công chức theo vị trí việc làm",
            2,
            "100% công chức bố trí đúng vị trí việc làm: 2 điểm; Từ 90% đến dưới 100%: 1 điểm; Dưới 90%: 0 điểm",
            "Quyết định phê duyệt vị trí việc làm; danh sách bố trí",
          ),
          leaf(
            "5.1.2",
            "Thực hiện quy định về tuyển dụng, tiếp nhận công chức",
            2,
            "Có: 2 điểm; Không: 0 điểm",
            "Kế hoạch, quyết định tuyển dụng",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("5.2", "Đào tạo, bồi dưỡng", 4, [
          leaf(
            "5.2.1",
            "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng theo kế hoạch",
            4,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa",
            "Kế hoạch đào tạo, bồi dưỡng; giấy chứng nhận",
          ),
        ]),
        group("5.3", "Kỷ luật, kỷ cương hành chính", 3, [
          leaf(
            "5.3.1",
            "Chấp hành kỷ luật, kỷ cương của cán bộ, công chức",
            3,
            "Không có cán bộ bị kỷ luật: 3 điểm; Có cán bộ bị kỷ luật khiển trách: 1,5 điểm; Có cán bộ bị kỷ luật từ cảnh cáo trở lên: 0 điểm",
            "Báo cáo tình hình chấp hành kỷ luật, kỷ cương",
          ),
        ]),
        group(
          "5.4",
          "Đánh giá của người dân, tổ chức về cán bộ, công chức",
          3,
          [surveyLeaf("5.4.1", "Thái độ, tinh thần phục vụ của cán bộ, công chức cấp xã", 3)],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    group(
      "6",
      "Cải cách tài chính công",
      7,
      [
        group("6.1", "Quản lý ngân sách xã", 3, [
          leaf(
            "6.1.1",
            "Công khai dự toán, quyết toán ngân sách xã",
            1.5,
            "Đúng hạn: 1,5 điểm; Chậm: 0,75 điểm; Không công khai: 0 điểm",
            "Quyết định công khai dự toán, quyết toán ngân sách xã năm 2025",
          ),
          leaf(
            "6.1.2",
            "Tỷ lệ thu ngân sách so với dự toán được giao",
            1.5,
            "Đạt 100%: 1,5 điểm; Từ 90% đến dưới 100%: 0,75 điểm; Dưới 90%: 0 điểm",
            "Báo cáo thu, chi ngân sách năm 2025",
          ),
        ]),
        group("6.2", "Quản lý tài sản công", 2, [
          leaf(
            "6.2.1",
            "Ban hành, thực hiện quy chế quản lý, sử dụng tài sản công",
            2,
            "Có: 2 điểm; Không: 0 điểm",
            "Quyết định ban hành quy chế quản lý tài sản công",
          ),
        ]),
        group(
          "6.3",
          "Đánh giá của người dân, tổ chức về tài chính công",
          2,
          [surveyLeaf("6.3.1", "Tính công khai, minh bạch trong quản lý ngân sách xã", 2)],
          { surveyScored: true },
        ),
      ],
      { appraiser: TAI_CHINH },
    ),

    group(
      "7",
      "Hiện đại hóa nền hành chính",
      16,
      [
        group("7.1", "Ứng dụng công nghệ thông tin, chuyển đổi số", 6, [
          leaf(
            "7.1.1",
            "Tỷ lệ văn bản đi được ký số và gửi trên môi trường điện tử",
            3,
            "≥ 90%: 3 điểm; từ 70% - dưới 90%: 1,5 điểm; < 70%: 0 điểm",
            "Số liệu trên Hệ thống quản lý văn bản và điều hành",
          ),
          leaf(
            "7.1.2",
            "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến",
            3,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa",
            "Số liệu trên Hệ thống thông tin giải quyết TTHC",
          ),
        ]),
        group("7.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 3, [
          leaf(
            "7.2.1",
            "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
            3,
            "Từ 90% trở lên: 3 điểm; Từ 70% đến dưới 90%: 1,5 điểm; Dưới 70%: 0 điểm",
            "Số liệu số hóa trên Hệ thống thông tin giải quyết TTHC",
          ),
        ]),
        group("7.3", "Hệ thống quản lý chất lượng", 3, [
          leaf(
            "7.3.1",
            "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
            3,
            "Có: 3 điểm; Không: 0 điểm",
            "Quyết định công bố hệ thống quản lý chất lượng",
            { mayBeNotApplicable: true },
          ),
        ]),
        group(
          "7.4",
          "Đánh giá của người dân, tổ chức về hiện đại hóa hành chính",
          4,
          [surveyLeaf("7.4.1", "Mức độ thuận tiện khi nộp hồ sơ trực tuyến", 4)],
          { surveyScored: true },
        ),
      ],
      { appraiser: KHCN },
    ),

    group(
      "8",
      "Thực hiện cơ chế một cửa, một cửa liên thông",
      21,
      [
        group("8.1", "Tổ chức Bộ phận Một cửa", 3.5, [
          leaf(
            "8.1.1",
            "Cơ sở vật chất, trang thiết bị của Bộ phận Một cửa đúng quy định",
            2,
            "Chấm theo bước 0,25 điểm tùy mức độ đáp ứng",
            "Biên bản kiểm tra cơ sở vật chất, danh mục trang thiết bị",
            { maxByUnitType: { commune: 2, district: 1.5 } },
          ),
          leaf(
            "8.1.2",
            "Bố trí công chức làm việc tại Bộ phận Một cửa đúng quy định",
            1.5,
            "Chấm theo bước 0,25 điểm tùy mức độ đáp ứng",
            "Quyết định cử công chức làm việc tại Bộ phận Một cửa",
            { maxByUnitType: { commune: 1.5, district: 2 } },
          ),
        ]),
        group("8.2", "Kết quả thực hiện cơ chế một cửa, một cửa liên thông", 9.5, [
          leaf(
            "8.2.1",
            "Đưa toàn bộ TTHC thuộc thẩm quyền vào tiếp nhận tại Bộ phận Một cửa",
            2.5,
            "Có: 2,5 điểm; Không: 0 điểm",
            "Quyết định danh mục TTHC tiếp nhận tại Bộ phận Một cửa",
          ),
          leaf(
            "8.2.2",
            "Thực hiện liên thông các nhóm TTHC (khai sinh, thường trú, bảo hiểm y tế…)",
            3,
            "Chấm theo bước 0,25 điểm tùy số nhóm TTHC liên thông",
            "Báo cáo kết quả thực hiện liên thông",
          ),
          leaf(
            "8.2.3",
            "Tỷ lệ hồ sơ được trả kết quả đúng hạn tại Bộ phận Một cửa",
            4,
            "Đạt 100%: 4 điểm; Từ 95% đến dưới 100%: 2 điểm; Dưới 95%: 0 điểm",
            "Số liệu trên Hệ thống thông tin giải quyết TTHC",
          ),
        ]),
        group(
          "8.3",
          "Đánh giá của người dân, tổ chức về Bộ phận Một cửa",
          8,
          [
            surveyLeaf("8.3.1", "Mức độ hài lòng về thái độ phục vụ tại Bộ phận Một cửa", 4),
            surveyLeaf("8.3.2", "Mức độ hài lòng về thời gian và kết quả giải quyết TTHC", 4),
          ],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    // The 9th content is outside the 100 points: flagged bonus so totals keep it out of the main
    // fields (its max is the most it can add); its parts carry their own flags and caps.
    group(
      "9",
      "Điểm thưởng, điểm trừ",
      2,
      [
        group(
          "9.1",
          "Điểm thưởng",
          2,
          [
            leaf(
              "9.1.1",
              "Có mô hình, cách làm hay về CCHC được cấp tỉnh công nhận",
              1.5,
              "Có: 1,5 điểm; Không: 0 điểm",
              "Văn bản công nhận mô hình, cách làm hay",
            ),
            leaf(
              "9.1.2",
              "Được khen thưởng về thành tích CCHC trong năm",
              1,
              "Có: 1 điểm; Không: 0 điểm",
              "Quyết định khen thưởng",
            ),
          ],
          { bonus: true, cap: 2, capIntended: true },
        ),
        group(
          "9.2",
          "Điểm trừ",
          -2,
          [
            leaf(
              "9.2.1",
              "Có hồ sơ TTHC bị trả lại, yêu cầu bổ sung quá một lần",
              -1,
              "Bị phản ánh, xác minh đúng: -1 điểm; Không: 0 điểm",
              "Phản ánh, kiến nghị đã được xác minh",
            ),
            leaf(
              "9.2.2",
              "Chậm nộp báo cáo tự đánh giá, chấm điểm Chỉ số CCHC",
              -1,
              "Chậm từ 5 ngày trở lên: trừ 1 điểm; Chậm dưới 5 ngày: trừ 0,5 điểm",
              "Ngày gửi báo cáo tự đánh giá",
            ),
          ],
          { penalty: true, cap: 2, capIntended: true },
        ),
      ],
      { bonus: true, appraiser: NOI_VU },
    ),
  ],
  classification: CLASSIFICATION_PRESETS["five-level"]!,
  tieRule: { mode: "dense", decimals: 2 },
  rounding: { decimals: 2, mode: "half-away-from-zero" },
};

/** Validated by the schema when the module loads: a broken sample fails loudly, at once. */
export const SAMPLE_COMMUNE_2025: CriteriaSet = CriteriaSetSchema.parse(input);
