/**
 * A sample criteria set for provincial departments (sở, ban, ngành), 2025. It follows the
 * published shape (Sơn La 152/QĐ-UBND, 2014: 8 fields, 100 points = 77,5 self-assessed + 22,5
 * survey; Hà Nội 2025: a 9th content for bonus and penalty points) but its items, points and
 * wording are invented for testing and training: it is NOT an official decision.
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

const DUNG_HAN = (max: string, half: string) =>
  `- Ban hành đúng thời hạn: ${max} điểm\n- Ban hành chậm: ${half} điểm\n- Không ban hành: 0 điểm`;

const input: CriteriaSetInput = {
  schemaVersion: 1,
  id: "sample-department-2025",
  name: "Bộ tiêu chí Chỉ số CCHC các sở, ban, ngành năm 2025 (mẫu — không phải văn bản chính thức)",
  year: 2025,
  unitTypes: ["department"],
  sample: true,
  source: {
    issuer: "UBND tỉnh (mẫu)",
    decision: "Mẫu để thử nghiệm — không phải văn bản chính thức",
    annex: "Phụ lục 01 (mẫu): Sở, ban, ngành",
  },
  declaredTotal: 100,
  declaredSelfMax: 77.5,
  declaredSurveyMax: 22.5,
  declaredCounts: { fields: 8, criteria: 28, subcriteria: 44 },
  evidencePeriod: { from: "2025-01-01", to: "2025-12-31" },
  fields: [
    group(
      "1",
      "Công tác chỉ đạo, điều hành cải cách hành chính",
      12,
      [
        group("1.1", "Kế hoạch cải cách hành chính năm", 4, [
          leaf(
            "1.1.1",
            "Ban hành Kế hoạch CCHC năm của cơ quan",
            1,
            DUNG_HAN("1", "0,5"),
            "Kế hoạch CCHC năm 2025 của cơ quan",
          ),
          leaf(
            "1.1.2",
            "Mức độ hoàn thành Kế hoạch CCHC năm",
            3,
            "Hoàn thành 100% kế hoạch: 3 điểm; Từ 80% đến dưới 100%: 2 điểm; Dưới 80%: 0 điểm",
            "Báo cáo CCHC năm 2025; phụ lục kết quả thực hiện các nhiệm vụ của kế hoạch",
          ),
        ]),
        group("1.2", "Báo cáo, kiểm tra công tác cải cách hành chính", 3, [
          leaf(
            "1.2.1",
            "Thực hiện chế độ báo cáo CCHC định kỳ (quý, 6 tháng, năm)",
            1.5,
            "Đầy đủ, đúng hạn: 1,5 điểm; Đầy đủ nhưng có báo cáo chậm: 0,75 điểm; Không đầy đủ: 0 điểm",
            "Các báo cáo CCHC quý I, 6 tháng, quý III và năm 2025 (số, ký hiệu, ngày gửi)",
          ),
          leaf(
            "1.2.2",
            "Tỷ lệ đơn vị trực thuộc được kiểm tra công tác CCHC trong năm",
            1.5,
            "Tỷ lệ = a/b (a: số đơn vị được kiểm tra; b: tổng số đơn vị trực thuộc); Điểm = Tỷ lệ × điểm tối đa",
            "Kế hoạch kiểm tra CCHC năm 2025; các thông báo, báo cáo kết quả kiểm tra",
          ),
        ]),
        group("1.3", "Tuyên truyền cải cách hành chính; sáng kiến, giải pháp mới", 3, [
          leaf(
            "1.3.1",
            "Thực hiện tuyên truyền CCHC theo kế hoạch",
            1.5,
            "Chấm theo bước 0,25 điểm tùy mức độ thực hiện các nội dung tuyên truyền",
            "Kế hoạch tuyên truyền CCHC năm 2025; tin, bài đã đăng trên Trang thông tin điện tử của cơ quan",
          ),
          leaf(
            "1.3.2",
            "Sáng kiến, giải pháp mới trong thực hiện nhiệm vụ CCHC",
            1.5,
            "Có sáng kiến được cấp có thẩm quyền công nhận: 1,5 điểm; Có giải pháp nhưng chưa được công nhận: 0,5 điểm; Không có: 0 điểm",
            "Quyết định công nhận sáng kiến; báo cáo mô tả giải pháp",
          ),
        ]),
        group(
          "1.4",
          "Đánh giá của người dân, tổ chức về công tác chỉ đạo, điều hành CCHC",
          2,
          [
            surveyLeaf(
              "1.4.1",
              "Mức độ hài lòng về công tác chỉ đạo, điều hành CCHC của lãnh đạo cơ quan",
              2,
            ),
          ],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    group(
      "2",
      "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
      10,
      [
        group("2.1", "Tham mưu xây dựng, ban hành văn bản quy phạm pháp luật", 3, [
          leaf(
            "2.1.1",
            "Thực hiện Chương trình xây dựng VBQPPL được UBND tỉnh giao",
            2,
            "Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm",
            "Báo cáo kết quả thực hiện Chương trình xây dựng VBQPPL năm 2025",
          ),
          leaf(
            "2.1.2",
            "Lấy ý kiến, gửi thẩm định dự thảo VBQPPL theo quy định",
            1,
            "Có: 1 điểm; Không: 0 điểm",
            "Văn bản lấy ý kiến; báo cáo thẩm định của Sở Tư pháp",
          ),
        ]),
        group("2.2", "Theo dõi thi hành pháp luật; rà soát, xử lý văn bản", 4.5, [
          leaf(
            "2.2.1",
            "Ban hành Kế hoạch theo dõi tình hình thi hành pháp luật",
            1,
            "đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm",
            "Kế hoạch theo dõi thi hành pháp luật năm 2025",
          ),
          leaf(
            "2.2.2",
            "Xử lý văn bản sau rà soát",
            3.5,
            "Điểm = (a/b) x điểm tối đa; a: số văn bản đã xử lý hoặc kiến nghị xử lý; b: số văn bản phải xử lý theo kết quả rà soát",
            "Báo cáo kết quả rà soát, hệ thống hóa VBQPPL năm 2025",
          ),
        ]),
        group(
          "2.3",
          "Đánh giá của người dân, tổ chức về chất lượng VBQPPL",
          2.5,
          [surveyLeaf("2.3.1", "Chất lượng, tính khả thi của VBQPPL do cơ quan tham mưu ban hành", 2.5)],
          { surveyScored: true },
        ),
      ],
      { appraiser: TU_PHAP },
    ),

    group(
      "3",
      "Cải cách thủ tục hành chính",
      14,
      [
        group("3.1", "Công bố, công khai thủ tục hành chính", 3, [
          leaf(
            "3.1.1",
            "Trình công bố danh mục TTHC kịp thời, đầy đủ",
            1.5,
            "Đúng hạn: 1,5 điểm; Chậm: 0,75 điểm; Không trình: 0 điểm",
            "Tờ trình và Quyết định công bố danh mục TTHC",
            { mayBeNotApplicable: true },
          ),
          leaf(
            "3.1.2",
            "Công khai đầy đủ TTHC trên Cổng Dịch vụ công và tại Bộ phận Một cửa",
            1.5,
            "Có: 1,5 điểm; Không: 0 điểm",
            "Đường dẫn Cổng Dịch vụ công; ảnh chụp nơi niêm yết",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("3.2", "Kết quả giải quyết thủ tục hành chính", 5, [
          leaf(
            "3.2.1",
            "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn",
            3,
            "Đạt 100%: 3 điểm; Từ 95% đến dưới 100%: 2 điểm; Từ 90% đến dưới 95%: 1 điểm; Dưới 90%: 0 điểm",
            "Số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh năm 2025",
            { mayBeNotApplicable: true },
          ),
          leaf(
            "3.2.2",
            "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn",
            2,
            "Tỷ lệ = số hồ sơ quá hạn có văn bản xin lỗi / tổng số hồ sơ quá hạn; Điểm = Tỷ lệ × điểm tối đa",
            "Các văn bản xin lỗi (số, ký hiệu, ngày)",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính", 2, [
          leaf(
            "3.3.1",
            "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn",
            2,
            "≥ 95%: 2 điểm; từ 80% - dưới 95%: 1 điểm; < 80%: 0 điểm",
            "Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị năm 2025",
            { mayBeNotApplicable: true },
          ),
        ]),
        group(
          "3.4",
          "Đánh giá của người dân, tổ chức về thủ tục hành chính",
          4,
          [surveyLeaf("3.4.1", "Mức độ công khai, minh bạch và thuận tiện của TTHC", 4)],
          { surveyScored: true },
        ),
      ],
      { appraiser: TU_PHAP, mayBeNotApplicable: true },
    ),

    group(
      "4",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      9,
      [
        group("4.1", "Thực hiện quy định về tổ chức bộ máy", 4, [
          leaf(
            "4.1.1",
            "Ban hành quy định chức năng, nhiệm vụ của các phòng, đơn vị thuộc cơ quan",
            2,
            DUNG_HAN("2", "1"),
            "Quyết định quy định chức năng, nhiệm vụ, quyền hạn của các phòng, đơn vị",
          ),
          leaf(
            "4.1.2",
            "Sắp xếp, kiện toàn tổ chức bộ máy theo quy định",
            2,
            "Chấm theo bước 0,25 điểm tùy mức độ hoàn thành",
            "Quyết định sắp xếp, kiện toàn tổ chức; báo cáo kết quả",
          ),
        ]),
        group("4.2", "Quản lý, sử dụng biên chế", 3, [
          leaf(
            "4.2.1",
            "Sử dụng biên chế không vượt số được giao",
            3,
            "Có: 3 điểm; Không: 0 điểm",
            "Quyết định giao biên chế năm 2025; báo cáo số lượng công chức có mặt",
          ),
        ]),
        group(
          "4.3",
          "Đánh giá của người dân, tổ chức về tổ chức bộ máy",
          2,
          [surveyLeaf("4.3.1", "Sự hợp lý trong phân công nhiệm vụ giữa các phòng, đơn vị", 2)],
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
        group("5.1", "Vị trí việc làm", 3, [
          leaf(
            "5.1.1",
            "Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt",
            3,
            "100% công chức bố trí đúng vị trí việc làm: 3 điểm; Từ 90% đến dưới 100%: 2 điểm; Dưới 90%: 0 điểm",
            "Quyết định phê duyệt vị trí việc làm; danh sách bố trí công chức, viên chức",
          ),
        ]),
        group("5.2", "Đánh giá, đào tạo, bồi dưỡng", 5, [
          leaf(
            "5.2.1",
            "Đánh giá, xếp loại chất lượng CBCCVC đúng quy định",
            2,
            "Đúng quy định, đúng hạn: 2 điểm; Chậm: 1 điểm; Không thực hiện: 0 điểm",
            "Quyết định, thông báo kết quả đánh giá, xếp loại chất lượng năm 2025",
          ),
          leaf(
            "5.2.2",
            "Tỷ lệ CBCCVC được đào tạo, bồi dưỡng theo kế hoạch",
            3,
            "Điểm = (a/b) x điểm tối đa; a: số người được cử đi đào tạo, bồi dưỡng; b: số người theo kế hoạch",
            "Kế hoạch đào tạo, bồi dưỡng năm 2025; các quyết định cử đi học",
          ),
        ]),
        group("5.3", "Chấp hành kỷ luật, kỷ cương hành chính", 3, [
          leaf(
            "5.3.1",
            "Chấp hành kỷ luật, kỷ cương của CBCCVC",
            3,
            "Không có cán bộ bị kỷ luật: 3 điểm; Có cán bộ bị kỷ luật khiển trách: 1,5 điểm; Có cán bộ bị kỷ luật từ cảnh cáo trở lên: 0 điểm",
            "Báo cáo tình hình chấp hành kỷ luật, kỷ cương hành chính năm 2025",
          ),
        ]),
        group(
          "5.4",
          "Đánh giá của người dân, tổ chức về đội ngũ CBCCVC",
          3,
          [surveyLeaf("5.4.1", "Tinh thần trách nhiệm, thái độ phục vụ của CBCCVC", 3)],
          { surveyScored: true },
        ),
      ],
      { appraiser: NOI_VU },
    ),

    group(
      "6",
      "Đổi mới cơ chế tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập",
      8,
      [
        group("6.1", "Thực hiện cơ chế tự chủ tài chính", 3.5, [
          leaf(
            "6.1.1",
            "Ban hành, cập nhật Quy chế chi tiêu nội bộ",
            1.5,
            DUNG_HAN("1,5", "0,75"),
            "Quyết định ban hành Quy chế chi tiêu nội bộ",
          ),
          leaf(
            "6.1.2",
            "Giao quyền tự chủ cho đơn vị sự nghiệp công lập trực thuộc",
            2,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa (a: số đơn vị được giao tự chủ; b: tổng số đơn vị sự nghiệp trực thuộc). Cơ quan không có đơn vị sự nghiệp trực thuộc: Không áp dụng",
            "Quyết định giao quyền tự chủ cho các đơn vị sự nghiệp",
            { mayBeNotApplicable: true },
          ),
        ]),
        group("6.2", "Công khai ngân sách; thực hiện kết luận thanh tra, kiểm toán", 3, [
          leaf(
            "6.2.1",
            "Công khai dự toán, quyết toán ngân sách theo quy định",
            1.5,
            "Có: 1,5 điểm; Không: 0 điểm",
            "Quyết định công bố công khai dự toán, quyết toán ngân sách năm 2025",
          ),
          leaf(
            "6.2.2",
            "Thực hiện kết luận của cơ quan thanh tra, kiểm toán về tài chính",
            1.5,
            "Đạt 100%: 1,5 điểm; Từ 70% đến dưới 100%: 0,75 điểm; Dưới 70%: 0 điểm",
            "Báo cáo thực hiện kết luận thanh tra, kiểm toán",
          ),
        ]),
        group(
          "6.3",
          "Đánh giá của người dân, tổ chức về quản lý tài chính công",
          1.5,
          [surveyLeaf("6.3.1", "Tính công khai, minh bạch trong quản lý tài chính, tài sản công", 1.5)],
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
            2,
            "Trên 90%: 2 điểm; Từ 70% - dưới 90%: 1 điểm; Dưới 70%: 0 điểm",
            "Số liệu trên Hệ thống quản lý văn bản và điều hành năm 2025",
          ),
          leaf(
            "7.1.2",
            "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến toàn trình",
            4,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa (a: số hồ sơ trực tuyến toàn trình; b: tổng số hồ sơ)",
            "Số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh",
          ),
        ]),
        group("7.2", "Dịch vụ công trực tuyến, thanh toán trực tuyến", 4, [
          leaf(
            "7.2.1",
            "Tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
            2,
            "Có: 2 điểm; Không: 0 điểm",
            "Danh mục dịch vụ công trực tuyến đã tích hợp (đường dẫn)",
          ),
          leaf(
            "7.2.2",
            "Tỷ lệ hồ sơ có phát sinh phí, lệ phí được thanh toán trực tuyến",
            2,
            "≥ 80%: 2 điểm; từ 50% đến dưới 80%: 1 điểm; < 50%: 0 điểm",
            "Số liệu thanh toán trực tuyến trên Cổng Dịch vụ công",
          ),
        ]),
        group("7.3", "Hệ thống quản lý chất lượng", 3, [
          leaf(
            "7.3.1",
            "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
            3,
            "Áp dụng, duy trì, cải tiến đúng quy định: 3 điểm; Có áp dụng nhưng chưa cải tiến: 1,5 điểm; Không thực hiện: 0 điểm",
            "Quyết định công bố hệ thống quản lý chất lượng; báo cáo đánh giá nội bộ",
            { mayBeNotApplicable: true },
          ),
        ]),
        group(
          "7.4",
          "Đánh giá của người dân, tổ chức về hiện đại hóa hành chính",
          3,
          [surveyLeaf("7.4.1", "Mức độ thuận tiện khi sử dụng dịch vụ công trực tuyến", 3)],
          { surveyScored: true },
        ),
      ],
      { appraiser: KHCN },
    ),

    group(
      "8",
      "Thực hiện cơ chế một cửa, một cửa liên thông",
      17,
      [
        group("8.1", "Tổ chức Bộ phận Một cửa", 4.5, [
          leaf(
            "8.1.1",
            "Đưa toàn bộ TTHC vào tiếp nhận, trả kết quả tại Bộ phận Một cửa",
            2.5,
            "Có: 2,5 điểm; Không: 0 điểm",
            "Quyết định danh mục TTHC tiếp nhận tại Bộ phận Một cửa",
          ),
          leaf(
            "8.1.2",
            "Bố trí công chức làm việc tại Bộ phận Một cửa đúng quy định",
            2,
            "Đầy đủ, đúng quy định: 2 điểm; Chưa đầy đủ: 1 điểm; Không bố trí: 0 điểm",
            "Quyết định cử công chức làm việc tại Bộ phận Một cửa",
          ),
        ]),
        group("8.2", "Kết quả thực hiện cơ chế một cửa, một cửa liên thông", 8, [
          leaf(
            "8.2.1",
            "Số hóa hồ sơ, kết quả giải quyết TTHC",
            3,
            "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa",
            "Số liệu số hóa trên Hệ thống thông tin giải quyết TTHC",
          ),
          leaf(
            "8.2.2",
            "Thực hiện liên thông giải quyết TTHC theo quy định",
            2.5,
            "Chấm theo bước 0,25 điểm tùy số nhóm TTHC liên thông đã thực hiện",
            "Quy chế phối hợp liên thông; báo cáo kết quả",
          ),
          leaf(
            "8.2.3",
            "Chỉ số đánh giá chất lượng giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC",
            2.5,
            "Từ 90% trở lên: 2,5 điểm; Từ 80% đến dưới 90%: 1,5 điểm; Dưới 80%: 0 điểm",
            "Kết quả đánh giá trên Hệ thống thông tin giải quyết TTHC năm 2025",
          ),
        ]),
        group(
          "8.3",
          "Đánh giá của người dân, tổ chức về Bộ phận Một cửa",
          4.5,
          [surveyLeaf("8.3.1", "Mức độ hài lòng về thời gian và kết quả giải quyết TTHC", 4.5)],
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
      3,
      [
        group(
          "9.1",
          "Điểm thưởng",
          3,
          [
            leaf(
              "9.1.1",
              "Có mô hình, sáng kiến CCHC được Bộ, ngành trung ương hoặc UBND tỉnh công nhận, nhân rộng",
              2,
              "Có: 2 điểm; Không: 0 điểm",
              "Văn bản công nhận, nhân rộng mô hình, sáng kiến",
            ),
            leaf(
              "9.1.2",
              "Được cấp có thẩm quyền khen thưởng về thành tích CCHC trong năm",
              1.5,
              "Có: 1,5 điểm; Không: 0 điểm",
              "Quyết định khen thưởng",
            ),
          ],
          { bonus: true, cap: 3, capIntended: true },
        ),
        group(
          "9.2",
          "Điểm trừ",
          -3,
          [
            leaf(
              "9.2.1",
              "Để xảy ra sai phạm trong giải quyết TTHC bị cấp có thẩm quyền xử lý",
              -2,
              "Mỗi trường hợp bị xử lý trừ 0,5 điểm, tối đa trừ 2 điểm",
              "Văn bản xử lý của cấp có thẩm quyền",
              { rule: { kind: "per-count", each: -0.5, limit: 2 } },
            ),
            leaf(
              "9.2.2",
              "Bị cơ quan có thẩm quyền phê bình, nhắc nhở về thực hiện nhiệm vụ CCHC",
              -1,
              "Bị phê bình bằng văn bản: -1 điểm; Bị nhắc nhở: -0,5 điểm; Không: 0 điểm",
              "Văn bản phê bình, nhắc nhở",
            ),
            leaf(
              "9.2.3",
              "Chậm nộp báo cáo tự đánh giá, chấm điểm Chỉ số CCHC",
              -1,
              "Chậm từ 5 ngày trở lên: trừ 1 điểm; Chậm dưới 5 ngày: trừ 0,5 điểm",
              "Ngày gửi báo cáo tự đánh giá (theo sổ văn bản đến của Sở Nội vụ)",
            ),
          ],
          { penalty: true, cap: 3, capIntended: true },
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
export const SAMPLE_DEPARTMENT_2025: CriteriaSet = CriteriaSetSchema.parse(input);
