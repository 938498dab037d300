import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity, type Quantity } from '../../src/vi/index.js';
import { numberTokens, SEED } from './seed.js';

/**
 * A quantity in one line: `24042.91 tỷ đồng = 24042910000000`, `12.7–13 %`, `688/4100 đảng viên`.
 * The value is the figure as written; after `=` comes the exact base value when a scale applies.
 */
function summary(q: Quantity): string {
  const scale = q.scale ? ` ${q.scale.word}` : '';
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.kind === 'number') {
    return `${q.value}${scale}${unit}${q.scale ? ` = ${q.baseValueExact}` : ''}`;
  }
  if (q.kind === 'range') {
    return `${q.min}–${q.max}${scale}${unit}${q.scale ? ` = ${q.baseMinExact}–${q.baseMaxExact}` : ''}`;
  }
  return `${q.numerator}/${q.denominator}${scale}${unit}`;
}

/**
 * Sentences of the seed report, verbatim, with every quantity in them read by hand. Dates,
 * document codes, years, periods, ordinals, names and numbering markers are not quantities.
 */
const SEED_SENTENCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['kết quả thực hiện nhiệm vụ quý I; nhiệm vụ, giải pháp trọng tâm quý II năm 2023', []],
  ['1. Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân', []],
  [
    'Kế hoạch của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị',
    [],
  ],
  [
    'Kế hoạch triển khai thực hiện Chỉ thị số 15-CT/TW, ngày 10/8/2022 của Ban Bí thư Trung ương Đảng về công tác ngoại giao kinh tế phục vụ phát triển đất nước đến năm 2030',
    [],
  ],
  // The report dropped a word here (`tổng kết 15 năm thực hiện`, as the other lines write it).
  // Nothing left in the text makes 15 a date, a code or a name, so it is a bare figure, as
  // `khiển trách 20` is: findQuantities does not guess the missing unit, nor drop the figure.
  [
    'Kế hoạch tổng kết 15 thực hiện Nghị quyết số 23-NQ/TW, ngày 16/6/2008 của Bộ Chính trị (khóa X)',
    ['15'],
  ],
  [
    'Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về "Một số giải pháp đổi mới',
    [],
  ],
  ['Đảng bộ thành phố đến năm 2025, định hướng đến năm 2030"', []],
  [
    'Kế hoạch tổng kết 15 năm thực hiện Chỉ thị số 24-CT/TW, ngày 04/7/2008 của Ban Bí thư Trung ương Đảng khóa X',
    ['15 năm'],
  ],
  [
    'Kế hoạch tổ chức các hoạt động kỷ niệm 80 năm ra đời "Đề cương về văn hóa Việt Nam" (1943-2023)',
    ['80 năm'],
  ],
  [
    'Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 23-CT/TW, ngày 09/02/2018 của Ban Bí thư (khóa XII)',
    ['5 năm'],
  ],
  ['Nghị quyết số 22-NQ/TW, ngày 30/8/2022 của Bộ Chính trị về phòng thủ dân sự đến năm 2030', []],
  [
    'Kế hoạch sơ kết 05 năm triển khai thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị khóa XII',
    ['5 năm'],
  ],
  [
    'Tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc',
    ['10 năm'],
  ],
  [
    'Thông tri số 08-TT/TU, ngày 03/01/2023 của Ban Thường vụ Thành ủy thực hiện Chỉ thị số 18-CT/TW,',
    [],
  ],
  [
    'kiểm tra, giám sát năm 2022, đề ra phương hướng, nhiệm vụ giải pháp năm 2023 theo quy chế làm việc',
    [],
  ],
  [
    'kiện toàn ủy viên ban thường vụ quận, huyện với 04 trường hợp³; kiện toàn ủy viên ban chấp hành các đảng bộ trực thuộc đối với 05 trường hợp⁴; hiệp y quy hoạch đối với 25 lượt cán bộ⁵; giới thiệu cán bộ tham gia các hội cấp thành phố đối với 06 trường hợp⁶',
    ['4 trường hợp', '5 trường hợp', '25 lượt', '6 trường hợp'],
  ],
  [
    'ban hành quyết định nghỉ hưu đối với cán bộ theo quy định đối với 01 đồng chí⁸. Tăng cường 01 cán bộ trẻ dưới 30 tuổi giữ chức vụ Phó Chủ tịch Ủy ban nhân dân xã theo Kết luận số 09-KL/TU, ngày 04/3/2021 của Ban Thường vụ Thành ủy⁹.',
    ['1 đồng chí', '1 cán bộ', '30 tuổi'],
  ],
  ['các đồng chí Ủy viên Ban Thường vụ Thành ủy khóa XVI, nhiệm kỳ 2020 - 2025.', []],
  ['Bệnh viện Giao thông vận tải Hải Phòng và 18 đảng viên về Đảng bộ thành phố', ['18 đảng viên']],
  [
    'Tính đến 12/4/2023, đã kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch); đã thành lập được 20/44 tổ chức đảng (đạt 45,45% kế hoạch), kết nạp được',
    ['688/4100 đảng viên', '16.8 %', '20/44 tổ chức đảng', '45.45 %'],
  ],
  ['ngày 26/10/2022 của Ban Bí thư Trung ương Đảng', []],
  [
    'Chỉ thị số 18-CT/TU, ngày 12/01/2023 của Ban Thường vụ Thành ủy lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng địa phương năm 2023',
    [],
  ],
  [
    'Chương trình hành động số 46-CTr/TU, ngày 08/3/2023 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 27-NQ/TW, ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII',
    [],
  ],
  ['Quy định số 902-QĐ/TU, ngày 02/02/2023 của Ban Thường vụ Thành ủy', []],
  // In running text a parenthesised figure is a count, not a negative.
  ['⁴ Ngô Quyền (02), Hải An (01), Kiến Thụy (01), An Dương (01)', ['2', '1', '1', '1']],
  [
    '⁵ Ngân hàng Nhà nước chi nhánh Hải Phòng (14) Công ty Cổ phần Cảng Hải Phòng (11)',
    ['14', '11'],
  ],
  ['⁶ Chủ tịch Hội Khoa học lịch sử; nhân sự Hội Hữu nghị Việt Nam – Singapore (05)', ['5']],
  [
    '54/350 đảng viên mới trong các doanh nghiệp tư nhân (đạt 15,4% kế hoạch); xét tặng Huy hiệu Đảng đợt 03/02/2023 cho 1.714 đảng viên',
    ['54/350 đảng viên', '15.4 %', '1714 đảng viên'],
  ],
  [
    'Trong quý I, cấp ủy các cấp kiểm tra 77 tổ chức đảng, 81 đảng viên (28 cấp ủy viên); giám sát 148 tổ chức đảng, 66 đảng viên (27 cấp ủy viên); thi hành kỷ luật 23 đảng viên (02 cấp ủy viên) với các hình thức khiển trách 20, cảnh cáo 03.',
    [
      '77 tổ chức đảng',
      '81 đảng viên',
      '28 cấp ủy viên',
      '148 tổ chức đảng',
      '66 đảng viên',
      '27 cấp ủy viên',
      '23 đảng viên',
      '2 cấp ủy viên',
      '20',
      '3',
    ],
  ],
  [
    'Ban Thường vụ Thành ủy kiểm tra đối với 05 tổ chức đảng và 04 đảng viên là cấp ủy viên¹⁰; xem xét, đề nghị cấp có thẩm quyền thi hành kỷ luật đối với 01 đồng chí bằng hình thức khai trừ¹¹.',
    ['5 tổ chức đảng', '4 đảng viên', '1 đồng chí'],
  ],
  [
    'Ủy ban Kiểm tra các ủy trực thuộc đã nhận được 03 lượt đơn thư phản ánh về tổ chức đảng và 17 lượt đơn thư phản ánh về đảng viên, trong đó 03 đảng viên bị phản ánh',
    ['3 lượt', '17 lượt', '3 đảng viên'],
  ],
  [
    'Ủy ban Kiểm tra Thành ủy nhận được 32 lượt đơn thư; trong đó 08 đơn phản ánh về tổ chức đảng, 24 đơn phản ánh về đảng viên; kết quả xử lý đơn: chuyển đơn theo thẩm quyền 16 đơn; lưu đơn do nội dung trùng lặp hoặc đã được các cơ quan có thẩm quyền giải quyết 16 đơn.',
    ['32 lượt', '8 đơn', '24 đơn', '16 đơn', '16 đơn'],
  ],
  ['Xử lý 271 đơn thư¹⁴.', ['271 đơn thư']],
  [
    '(Đoàn 914-QĐ/TU, ngày 15/02/2023); kiểm tra Ban Thường vụ Đảng ủy Công an thành phố trong lãnh đạo, chỉ đạo và tổ chức thực hiện Chi thị 31-CT/TU (Đoàn 922-QĐ/TU, ngày 07/3/2023)',
    [],
  ],
  ['chỉ đạo thực hiện Chi thị 21-CT/TU.', []],
  // `Cao đẳng hàng hải 1` is a school's name; nothing in the words says so, so it reads as a count.
  [
    '¹² Ủy ban Kiểm tra Đảng ủy trường Cao đẳng hàng hải 1, giải quyết tố cáo đối với 03 đồng chí, trong đó có 01 đồng chí là cấp ủy viên',
    ['1', '3 đồng chí', '1 đồng chí'],
  ],
  [
    'Báo cáo sơ kết 02 năm thực hiện Chi thị số 31-CT/TU của Ban Thường vụ Thành ủy; Báo cáo kết quả thực hiện Chi thị 35-CT/TW, Chi thị 27-CT/TW, Quy định 11-QĐi/TW của Bộ Chính trị năm 2022',
    ['2 năm'],
  ],
  [
    'tiêu cực tháng 01, 02/2023; kết quả thực hiện Chi thị 04-CT/TW, ngày 02/6/2021 của Ban Bí thư năm 2022.',
    [],
  ],
  [
    '¹⁴ Lưu 181 đơn thư, chuyển đến các tổ chức, cá nhân có thẩm quyền giải quyết 54 đơn thư; giao Ban Nội chính',
    ['181 đơn thư', '54 đơn thư'],
  ],
  [
    'hướng dẫn nguyên đơn thực hiện quyền khiếu nại 32 đơn thư và nghiên cứu, đề xuất 03 đơn thư; đồng chí Bí thư Thành ủy nghiên cứu 01 đơn thư.',
    ['32 đơn thư', '3 đơn thư', '1 đơn thư'],
  ],
  [
    'Nghị quyết số 08-NQ/TU, ngày 06/12/2022 của Thành ủy về mục tiêu, nhiệm vụ, giải pháp năm 2023',
    [],
  ],
  [
    'Quỹ “Vì người nghèo” trao tặng 7.213 suất quà cho hộ nghèo có hoàn cảnh khó khăn trên địa bàn thành phố trị giá 3,5 tỷ đồng.',
    ['7213 suất quà', '3.5 tỷ đồng = 3500000000'],
  ],
  [
    'hỗ trợ 775 quầy bán hàng và 09 hộ gia đình chính sách khắc phục hậu quả do vụ cháy xảy ra tại Chợ Tam Bạc với tổng số kinh phí 3.547.000.000 đồng.',
    ['775 quầy', '9 hộ gia đình', '3547000000 đồng'],
  ],
  ['Tình hình kinh tế - xã hội thành phố 3 tháng đầu năm tiếp tục ổn định', []],
  [
    'Tổng sản phẩm trên địa bàn thành phố (GRDP) tăng 9,65% (Kế hoạch năm tăng 12,7% - 13%); Chỉ số sản xuất công nghiệp (IIP) tăng 13,12% so với cùng kỳ (Kế hoạch năm tăng 15%);',
    ['9.65 %', '12.7–13 %', '13.12 %', '15 %'],
  ],
  [
    'Thu ngân sách nhà nước đạt 24.042,91 tỷ đồng, giảm 9,46% so với cùng kỳ (bằng 20,65% dự toán Hội đồng nhân dân thành phố giao), trong đó, thu nội địa 8.132 tỷ đồng, giảm 14,55% so với cùng kỳ (bằng 19,13% dự toán Hội đồng nhân dân thành phố giao);',
    [
      '24042.91 tỷ đồng = 24042910000000',
      '9.46 %',
      '20.65 %',
      '8132 tỷ đồng = 8132000000000',
      '14.55 %',
      '19.13 %',
    ],
  ],
  [
    'Tổng vốn đầu tư toàn xã hội đạt 35.137,24 tỷ đồng, tăng 10,62% (bằng 18,49% Kế hoạch năm); Kim ngạch xuất khẩu đạt 6,59 tỷ USD, tăng 2,51% (bằng 21,25% Kế hoạch năm);',
    [
      '35137.24 tỷ đồng = 35137240000000',
      '10.62 %',
      '18.49 %',
      '6.59 tỷ USD = 6590000000',
      '2.51 %',
      '21.25 %',
    ],
  ],
  [
    'Sản lượng hàng hóa thông qua cảng đạt 33,31 triệu tấn, giảm 0,83% (bằng 18,01% Kế hoạch năm); Thu hút đầu tư nước ngoài FDI đạt 465,06 triệu USD, bằng 95,26% so với cùng kỳ (bằng 23,25% Kế hoạch năm).',
    [
      '33.31 triệu tấn = 33310000',
      '0.83 %',
      '18.01 %',
      '465.06 triệu USD = 465060000',
      '95.26 %',
      '23.25 %',
    ],
  ],
  [
    'Số lượng khách du lịch đạt 1.387,1 nghìn lượt, tăng 17,86% so với cùng kỳ (bằng 19% Kế hoạch năm).',
    ['1387.1 nghìn lượt = 1387100', '17.86 %', '19 %'],
  ],
  [
    'Tính đến hết ngày 31/3/2023, vốn đầu tư công năm 2023 giải ngân 3.664,152 tỷ đồng, bằng 16,54% kế hoạch thành phố giao (22.156,828 tỷ đồng), bằng 27,34% kế hoạch Thủ tướng Chính phủ giao (13.403,337 tỷ đồng).',
    [
      '3664.152 tỷ đồng = 3664152000000',
      '16.54 %',
      '22156.828 tỷ đồng = 22156828000000',
      '27.34 %',
      '13403.337 tỷ đồng = 13403337000000',
    ],
  ],
  [
    'Quy hoạch chung thành phố Hải Phòng đến năm 2040, tầm nhìn đến năm 2050 tại Quyết định số 323/QĐ-TTg, ngày 30/3/2023',
    [],
  ],
  ['vườn hoa, cây xanh trên địa bàn các quận giai đoạn 2021-2025', []],
  [
    'Nút giao khác mức tại ngã tư đường Tôn Đức Thắng - Máng Nước - Quốc lộ 5; Đường Đỗ Mười kéo dài; Cầu Lại Xuân và cải tạo, mở rộng đường tỉnh 352; Khu nhà ở xã hội tại Tổng kho 3 Lạc Viên (số 142 Lê Lai) phường Máy Chai',
    [],
  ],
  [
    'Đối với 14 xã thực hiện từ năm 2021, đã có 157/157 công trình đã thi công, 101/157 công trình đã thi công xong và đưa vào sử dụng (đạt 64%), 56 công trình còn lại đang thi công khối lượng trung bình đạt khoảng 90%.',
    ['14 xã', '157/157 công trình', '101/157 công trình', '64 %', '56 công trình', '90 %'],
  ],
  [
    'Đối với 35 xã thực hiện từ năm 2022, phê duyệt tổng số 533 công trình trên địa bàn 35 xã thực hiện trong 02 năm 2022-2023, có 408/533 công trình đang thi công (đạt 77% tổng số công trình), khối lượng trung bình đạt 45%.',
    ['35 xã', '533 công trình', '35 xã', '2 năm', '408/533 công trình', '77 %', '45 %'],
  ],
  [
    'Đối với 35 xã thực hiện từ năm 2023, đã chấp thuận danh mục công trình xã nông thôn mới kiểu mẫu của 4 huyện',
    ['35 xã', '4 huyện'],
  ],
  [
    'thực hiện 74 nhiệm vụ, gồm 34 nhiệm vụ về số hóa, tạo lập dữ liệu số, 40 nhiệm vụ về triển khai',
    ['74 nhiệm vụ', '34 nhiệm vụ', '40 nhiệm vụ'],
  ],
  ['Hoàn thành các công trình khắc phục 9 điểm đen', ['9 điểm']],
  [
    'Phối hợp tổ chức Liên hoan Truyền hình toàn quốc lần thứ 41 (diễn ra tại thành phố Hải Phòng).',
    [],
  ],
  [
    'các ngày lễ lớn trong tháng 5 năm 2023, Kỷ niệm 68 năm Ngày Giải phóng Hải Phòng (13/5/1955 - 13/5/2023) và tổ chức Lễ hội Hoa Phượng Đỏ - Hải Phòng 2023.',
    ['68 năm'],
  ],
  ['Dự án Khu đô thị mới Ngã 5 - Sân bay Cát Bi;', []],
  ['Dự án Đường nối tỉnh lộ 354 qua Khu công nghiệp Kiến Thụy', []],
  [
    'từ ĐT 353 đến cầu Thái Bình (Km0 - Km19+645); Dự án xây dựng các bến số 3, 4 tại Cảng cửa ngõ quốc tế Hải Phòng',
    [],
  ],
  [
    'Phê duyệt 03 Báo cáo đánh giá tác động môi trường; cấp 09 Giấy phép môi trường. Ban hành 01 Quyết định giao khu vực biển.',
    ['3 báo cáo', '9 giấy phép', '1 quyết định'],
  ],
  [
    '¹⁹ Đến hết ngày 31/3/2023, thể thao thành tích cao thành phố tham gia thi đấu 17 giải thể thao quốc gia và quốc tế; cử 57 người tham gia tập huấn',
    ['17 giải', '57 người'],
  ],
  ['Đăng cai tổ chức các giải toàn quốc 2023', []],
  ['trong 3 tháng đầu năm không xảy ra vụ ngộ độc thực phẩm', []],
  [
    '²⁰ Thăm tặng quà dịp Tết Quý Mão 2023 cho 129.922 lượt người có công, với tổng số tiền là 268,048 tỷ đồng, tăng 4,9% cùng kỳ;',
    ['129922 lượt người', '268.048 tỷ đồng = 268048000000', '4.9 %'],
  ],
  ['thăm, tặng quà, trợ giúp cho 142.521 lượt đối tượng', ['142521 lượt']],
  [
    'với tổng kinh phí 94.548,75 triệu đồng, tăng 24,42% cùng kỳ. Trong quý I/2023 tổ chức 10 phiên giao dịch việc làm với sự tham gia tuyên dụng của 148 lượt doanh nghiệp, nhu cầu tuyển dụng là 9.016 lượt lao động; xảy ra 03 vụ đình công, 04 vụ tai nạn lao động làm chết 04 người.',
    [
      '94548.75 triệu đồng = 94548750000',
      '24.42 %',
      '10 phiên',
      '148 lượt',
      '9016 lượt',
      '3 vụ',
      '4 vụ',
      '4 người',
    ],
  ],
  [
    '²¹ Đạt 76 giải trong kỳ thi chọn học sinh giỏi quốc gia năm học 2022-2023 (05 Giải Nhất, 28 Giải Nhì, 23 Giải Ba, 20 Giải Khuyến khích), đứng thứ 4 toàn quốc.',
    ['76 giải', '5 giải', '28 giải', '23 giải', '20 giải'],
  ],
  [
    '²² Tổ chức 20 Hội đồng tư vấn phê duyệt thuyết minh nhiệm vụ nghiên cứu khoa học và phát triển công nghệ cấp thành phố; tổ chức 04 Hội đồng tư vấn đánh giá',
    ['20 hội đồng', '4 hội đồng'],
  ],
  [
    'Thẩm định, cho ý kiến công nghệ với 10 dự án đầu tư; thẩm định cấp đăng ký chuyên giao công nghệ cho 02 hợp đồng; tiếp nhận và giải quyết 15 hồ sơ thủ tục hành chính',
    ['10 dự án', '2 hợp đồng', '15 hồ sơ'],
  ],
  ['Tổ chức 02 đoàn công tác làm việc với các tỉnh', ['2 đoàn']],
  [
    'nhãn hiệu chứng nhận cho 06 sản phẩm đặc sản làng nghề chuyên tiếp từ năm 2022.',
    ['6 sản phẩm'],
  ],
  [
    '²³ Sản lượng hồ sơ bưu chính công ích phát sinh trong Quý I đạt 24.450 hồ sơ, tăng 5,5% so với cùng kỳ.',
    ['24450 hồ sơ', '5.5 %'],
  ],
  [
    '²⁴ Tính từ ngày 01/01/2023 đến ngày 09/3/2023, Hệ thống một cửa điện tử và dịch vụ công trực tuyến thành phố đã tiếp nhận 129.136 hồ sơ, tăng 27,52%; 28.938 hồ sơ đã giải quyết, tăng 29,98%; 115.717 hồ sơ đã có kết quả cho công dân, tăng 31,99% so với cùng kỳ.',
    ['129136 hồ sơ', '27.52 %', '28938 hồ sơ', '29.98 %', '115717 hồ sơ', '31.99 %'],
  ],
  ['trấn áp tội phạm bảo đảm an ninh, trật tự tốt Nguyên đán Quý Mão 2023.', []],
  [
    '²⁵ Trong tháng 3/2023 đã phát hiện và xử lý xảy ra 41 vụ phạm pháp hình sự, đã điều tra, khám phá 38 vụ, đạt tỷ lệ 92,68%; phát hiện 06 vụ việc vi phạm pháp luật về kinh tế, 23 vụ vi phạm pháp luật về môi trường, an toàn thực phẩm; xảy ra 04 vụ cháy làm 02 người chết, thiệt hại về tài sản chưa xác định; xảy ra 08 vụ tai nạn giao thông làm 07 người chết, 02 người bị thương.',
    [
      '41 vụ',
      '38 vụ',
      '92.68 %',
      '6 vụ việc',
      '23 vụ',
      '4 vụ',
      '2 người',
      '8 vụ',
      '7 người',
      '2 người',
    ],
  ],
  [
    'Quý I/2023 xảy ra 148 vụ phạm pháp hình sự, đã điều tra, khám phá 141 vụ, đạt tỷ lệ 95,2%; phát hiện 57 vụ việc vi phạm pháp luật về kinh tế, 76 vụ vi phạm pháp luật về môi trường; xảy ra 16 vụ cháy làm 02 người chết, tăng 03 vụ và 01 người chết so với cùng kỳ; xảy ra 19 vụ tai nạn giao thông làm 18 người chết, 03 người bị thương',
    [
      '148 vụ',
      '141 vụ',
      '95.2 %',
      '57 vụ việc',
      '76 vụ',
      '16 vụ',
      '2 người',
      '3 vụ',
      '1 người',
      '19 vụ',
      '18 người',
      '3 người',
    ],
  ],
  [
    '²⁶ Trong quý I (từ ngày 15/12/2022 đến ngày 08/3/2023) thành phố đón tiếp 37 đoàn khách quốc tế đến làm việc, công tác tại thành phố, tăng 29 đoàn so với cùng kỳ; hỗ trợ, hướng dẫn thủ tục cho 27 đoàn ra, tăng 25 đoàn so với cùng kỳ. Tổ chức các hoạt động ngoại giao văn hóa trong khuôn khổ kỷ niệm 50 năm thiết lập quan hệ ngoại giao',
    ['37 đoàn', '29 đoàn', '27 đoàn', '25 đoàn', '50 năm'],
  ],
  [
    'quyết Đại hội lần thứ XIII của Đảng, Nghị quyết Đại hội lần thứ XVI Đảng bộ thành phố và Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025.',
    [],
  ],
  ['tập trung sơ kết 02 năm triển khai thực hiện Kết luận số 01-KL/TW của Bộ Chính trị', ['2 năm']],
  ['Sớm hoàn thành cuốn Lịch sử Đảng bộ thành phố tập IV (2001 - 2020).', []],
  ['sửa đổi Quyết định số 1738-QĐ/TU, ngày 27/01/2015 của Ban Thường vụ Thành ủy', []],
  ['về các hoạt động tôn giáo nhân dịp Lễ Phật đản 2023', []],
  [
    'kiểm tra kết quả 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị khóa XI',
    ['10 năm'],
  ],
  [
    '- Triển khai thực hiện Nghị quyết số 30-NQ/TW, ngày 23/11/2022 của Bộ Chính trị, Nghị quyết số 14/NQ-CP, ngày 08/02/2023 của Chính phủ',
    [],
  ],
  ['vùng đồng bằng Sông Hồng đến năm 2030, tầm nhìn đến năm 2045.', []],
  ['Quy hoạch thành phố Hải Phòng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', []],
  ['Kế hoạch đầu tư công trung hạn thành phố giai đoạn 2021 - 2025', []],
  ['Tập trung cao cho công tác phòng, chống dịch Covid-19;', []],
  ['2. Về phát triển kinh tế - xã hội, quốc phòng - an ninh, đối ngoại', []],
  ['3. Một số nhiệm vụ cụ thể khác', []],
  ['(1) Về công tác tổ chức, cán bộ', []],
  ['(2) Về công tác cải cách hành chính', []],
  [
    "| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | U' TH Quý I/ 2023 | U' TH Quý I/2023 so với cùng kỳ (%) | U' TH Quý I/2023 so với KH 2023 (%) |",
    [],
  ],
  // Table rows: the order number (TT) is a figure too; the cells are read one by one.
  [
    '| 1 | Tốc độ tăng trưởng tổng sản phẩm trên địa bàn GRDP (giá so sánh 2010) | % | 12,7 - 13 | - | 9,65 | - |',
    ['1', '12.7–13', '9.65'],
  ],
  ['| | - Công nghiệp và xây dựng | % | 15,9 - 16,2 | - | 10,09 | - |', ['15.9–16.2', '10.09']],
  ['| | - Dịch vụ | % | 9,1 - 9,5 | - | 10,21 | - |', ['9.1–9.5', '10.21']],
  ['| | - Nông, lâm nghiệp, thủy sản | % | 1,02 | - | 0,49 | - |', ['1.02', '0.49']],
  ['| | - Thuế sản phẩm trừ trợ cấp sản phẩm | % | 10,8 | - | 6,59 | - |', ['10.8', '6.59']],
  ['| 2 | Chỉ số sản xuất công nghiệp (IIP) | % | 115 | - | 13,12 | - |', ['2', '115', '13.12']],
  [
    '| 3 | Tổng thu ngân sách trên địa bàn, trong đó: | Tỷ đồng | 116.442,134 | 24.042,91 | 90,54 | 20,65 |',
    ['3', '116442.134', '24042.91', '90.54', '20.65'],
  ],
  [
    '| | - Thu nội địa | Tỷ đồng | 42.500 | 8.132,00 | 85,45 | 19,13 |',
    ['42500', '8132', '85.45', '19.13'],
  ],
  [
    '| | - Thu từ hoạt động xuất nhập khẩu | Tỷ đồng | 69.900 | 14.623,45 | 92,31 | 20,92 |',
    ['69900', '14623.45', '92.31', '20.92'],
  ],
  [
    '| 4 | Tổng vốn đầu tư toàn xã hội | Tỷ đồng | 190.000 | 35.137,24 | 110,62 | 18,49 |',
    ['4', '190000', '35137.24', '110.62', '18.49'],
  ],
  [
    '| | Sản lượng hàng hóa thông qua cảng | Triệu tấn | 185 | 33,31 | 99,17 | 18,01 |',
    ['185', '33.31', '99.17', '18.01'],
  ],
  [
    '| 5 | Kim ngạch xuất khẩu | Tỷ USD | 31 | 6,59 | 102,51 | 21,25 |',
    ['5', '31', '6.59', '102.51', '21.25'],
  ],
  [
    '| 6 | Số lượt khách du lịch đến Hải Phòng | 1.000 lượt | 7.300 | 1.387,1 | 117,86 | 19,00 |',
    ['6', '1000 lượt', '7300', '1387.1', '117.86', '19'],
  ],
  [
    '| 7 | Thu hút vốn đầu tư nước ngoài (tính đến hết ngày 31/3/2023) | Triệu USD | 2.000 - 2.500 | 465,06 | 95,26 | 23,25 |',
    ['7', '2000–2500', '465.06', '95.26', '23.25'],
  ],
  [
    '| 8 | Số lao động được giải quyết việc làm | Lượt người | 57.300 | 14.435 | 104,60 | 25,19 |',
    ['8', '57300', '14435', '104.6', '25.19'],
  ],
];

describe('findQuantities: sentences of the seed report', () => {
  it('every sentence is verbatim from the report', () => {
    const absent = SEED_SENTENCES.map(([text]) => text).filter((text) => !SEED.includes(text));
    expect(absent).toEqual([]);
  });

  it('together they hold every number written in the report', () => {
    const covered = new Set(SEED_SENTENCES.flatMap(([text]) => numberTokens(text)));
    const missing = [...new Set(numberTokens(SEED))].filter((token) => !covered.has(token));
    expect(missing).toEqual([]);
  });

  it.each(SEED_SENTENCES)('%s', (text, expected) => {
    const found = findQuantities(text);
    expect(found.map(summary)).toEqual(expected);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.raw);
  });
});

describe('findQuantities: what is not a quantity', () => {
  it.each([
    ['đã kết nạp đến 12/4/2023', []],
    ['theo Nghị quyết số 12-NQ/TW', []],
    ['Quyết định số 323/QĐ-TTg', []],
    ['Nghị định 30/2020/NĐ-CP', []],
    ['Văn bản số 3454/VPCP-CN', []],
    ['trong quý I', []],
    ['số 142 Lê Lai', []],
    ['tổng số 533 công trình', ['533 công trình']],
    ['Km19+645', []],
    ['khóa XIII', []],
    ['lần thứ 41', []],
    ['Nghị quyết Trung ương 8', []],
    ['năm 2023', []],
    ['2021 - 2025', []],
    ['ngày 31/2/2023', []],
    ['31/2/2023', []],
    ['12.34 người', []],
    ['1.23.4', []],
    ['1,2,3', []],
    ['mạng 5G', []],
    ['Điều 5', []],
    ['Phụ lục 2', []],
    ['đường tỉnh 352, 353', []],
    ['tháng 01, 02/2023', []],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });
});

describe('findQuantities: figures in other shapes', () => {
  it.each([
    ['giảm -2,5% so với cùng kỳ', ['-2.5 %']],
    // U+2212 (minus sign) written as itself; an en dash is no sign (see 'minus signs' below).
    ['giảm −2,5%', ['-2.5 %']],
    ['tăng 12,7 - 13%', ['12.7–13 %']],
    ['công nghiệp 15,9-16,2%', ['15.9–16.2 %']],
    ['dịch vụ 9,1÷9,5%', ['9.1–9.5 %']],
    ['từ 2.000 - 2.500 tỷ đồng', ['2000–2500 tỷ đồng = 2000000000000–2500000000000']],
    ['đạt 1 234 567 đồng', ['1234567 đồng']],
    ['đạt 1\u00a0234\u00a0567 VNĐ', ['1234567 đồng']],
    ['đạt 24,5 nghìn tỷ đồng', ['24.5 nghìn tỷ đồng = 24500000000000']],
    ['đạt 5 ngàn lượt', ['5 nghìn lượt = 5000']],
    ['đạt 2 tỉ đồng', ['2 tỷ đồng = 2000000000']],
    ['rộng 50 ha, dài 12 km, diện tích 300 m²', ['50 ha', '12 km', '300 m²']],
    ['giá 3.500.000đ', ['3500000 đồng']],
    ['kinh phí 15 tỷ VND', ['15 tỷ đồng = 15000000000']],
    ['khoảng 12,5 phần trăm', ['12.5 %']],
    ['tăng 13 - 12,7', ['13', '12.7']],
    ['15 tàu cá', ['15']],
    // A health report's counts.
    [
      '412 ca mắc, 9.800 liều vắc xin, 1.200 giường bệnh',
      ['412 ca', '9800 liều', '1200 giường bệnh'],
    ],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });

  it('takes extra units', () => {
    expect(findQuantities('đóng mới 15 tàu cá', { units: ['tàu cá'] }).map(summary)).toEqual([
      '15 tàu cá',
    ]);
  });

  it('reads no thousands in a plain space where a PDF layout may part two cells', () => {
    // `Mầm non 24 298`: 24 schools, 298 classes, as pdftotext prints a row of a table.
    const layout = { spaceGroups: false };
    expect(findQuantities('Mầm non 24 298', layout).map(summary)).toEqual(['24', '298']);
    expect(findQuantities('HTX 285 291 102,1', layout).map(summary)).toEqual([
      '285',
      '291',
      '102.1',
    ]);
    // A no-break or narrow space is a number's own.
    expect(findQuantities('đạt 1\u00a0234\u00a0567 đồng', layout).map(summary)).toEqual([
      '1234567 đồng',
    ]);
    expect(findQuantities('đạt 1 234 567 đồng').map(summary)).toEqual(['1234567 đồng']);
  });

  it('reports offsets into decomposed (NFD) text', () => {
    const text = 'đạt 1.387,1 nghìn lượt, tăng 17,86%'.normalize('NFD');
    const found = findQuantities(text);
    expect(found.map(summary)).toEqual(['1387.1 nghìn lượt = 1387100', '17.86 %']);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.raw);
    expect(found[0]?.raw.normalize('NFC')).toBe('1.387,1 nghìn lượt');
  });
});

describe('parseQuantity', () => {
  it('computes base values exactly, not by floating multiplication', () => {
    // Both figures are in the seed report; multiplying the doubles gets them wrong.
    expect(35137.24 * 1e9).toBe(35137239999999.996);
    expect(33.31 * 1e6).toBe(33310000.000000004);
    const budget = parseQuantity('35.137,24 tỷ đồng');
    expect(budget.ok && budget.value.kind === 'number' && budget.value.baseValue).toBe(
      35137240000000,
    );
    const cargo = parseQuantity('33,31 triệu tấn');
    expect(cargo.ok && cargo.value.kind === 'number' && cargo.value.baseValue).toBe(33310000);
  });

  it('24.042,91 tỷ đồng is 24 042 910 000 000 VND', () => {
    expect(parseQuantity('24.042,91 tỷ đồng')).toEqual({
      ok: true,
      value: {
        kind: 'number',
        raw: '24.042,91 tỷ đồng',
        value: 24042.91,
        scale: { word: 'tỷ', exponent: 9 },
        unit: 'đồng',
        currency: 'VND',
        baseValue: 24042910000000,
        baseValueExact: '24042910000000',
      },
    });
  });

  it('gives base values beyond 2^53 exactly as a string', () => {
    const result = parseQuantity('9.007.199.254,740993 nghìn tỷ đồng');
    expect(result.ok && result.value.kind === 'number' && result.value.baseValueExact).toBe(
      '9007199254740993000000',
    );
  });

  it.each([
    ['1.387,1 nghìn lượt', '1387.1 nghìn lượt = 1387100'],
    ['3,5 tỷ đồng', '3.5 tỷ đồng = 3500000000'],
    ['6,59 tỷ USD', '6.59 tỷ USD = 6590000000'],
    ['465,06 triệu USD', '465.06 triệu USD = 465060000'],
    ['33,31 triệu tấn', '33.31 triệu tấn = 33310000'],
    ['94.548,75 triệu đồng', '94548.75 triệu đồng = 94548750000'],
    ['268,048 tỷ đồng', '268.048 tỷ đồng = 268048000000'],
    ['3.664,152 tỷ đồng', '3664.152 tỷ đồng = 3664152000000'],
    ['0,5 nghìn tỷ đồng', '0.5 nghìn tỷ đồng = 500000000000'],
    ['3.547.000.000 đồng', '3547000000 đồng'],
    ['9,65%', '9.65 %'],
    ['9,65 %', '9.65 %'],
    ['12,7 - 13', '12.7–13'],
    ['12,7% - 13%', '12.7–13 %'],
    ['12,7 - 13%', '12.7–13 %'],
    ['15,9-16,2', '15.9–16.2'],
    ['15,9 – 16,2', '15.9–16.2'],
    ['2.000 - 2.500', '2000–2500'],
    ['2021 - 2025', '2021–2025'],
    ['688/4.100', '688/4100'],
    ['688/4.100 đảng viên', '688/4100 đảng viên'],
    ['101/157 công trình', '101/157 công trình'],
    ['54/350', '54/350'],
    ['03', '3'],
    ['03 đảng viên', '3 đảng viên'],
    ['1.714 đảng viên', '1714 đảng viên'],
    ['129.922 lượt người', '129922 lượt người'],
    ['8.132,00', '8132'],
    ['19,00', '19'],
    ['104,60', '104.6'],
    ['-2,5', '-2.5'],
    ['−2,5', '-2.5'],
    ['(2,5)', '-2.5'],
    ['(2,5%)', '-2.5 %'],
    ['1 234 567', '1234567'],
    ['1.000 lượt', '1000 lượt'],
    ['15 tàu cá', '15 tàu cá'],
    ['01 đồng chí', '1 đồng chí'],
    ['57 người', '57 người'],
    ['24.450 hồ sơ', '24450 hồ sơ'],
  ] as const)('%j → %s', (text, expected) => {
    const result = parseQuantity(text);
    expect(result.ok ? summary(result.value) : result.reason).toBe(expected);
  });

  it('keeps the parts of a range and of a fraction', () => {
    expect(parseQuantity('2.000 - 2.500 triệu USD')).toEqual({
      ok: true,
      value: {
        kind: 'range',
        raw: '2.000 - 2.500 triệu USD',
        min: 2000,
        max: 2500,
        scale: { word: 'triệu', exponent: 6 },
        unit: 'USD',
        currency: 'USD',
        baseMin: 2000000000,
        baseMax: 2500000000,
        baseMinExact: '2000000000',
        baseMaxExact: '2500000000',
      },
    });
    expect(parseQuantity('688/4.100 đảng viên')).toEqual({
      ok: true,
      value: {
        kind: 'fraction',
        raw: '688/4.100 đảng viên',
        numerator: 688,
        denominator: 4100,
        unit: 'đảng viên',
        baseNumerator: 688,
        baseDenominator: 4100,
        baseNumeratorExact: '688',
        baseDenominatorExact: '4100',
      },
    });
  });

  it.each([
    ['12.34', 'ambiguous'],
    ['1.23.4', 'malformed'],
    ['1,2,3', 'more than one decimal comma'],
    ['12/4/2023', 'date or a document code'],
    ['03/02/2023', 'date or a document code'],
    ['12-NQ/TW', 'date or a document code'],
    ['323/QĐ-TTg', 'date or a document code'],
    ['30/2020/NĐ-CP', 'date or a document code'],
    ['Km19+645', 'does not start with a figure'],
    ['-', 'does not start with a figure'],
    ['', 'does not start with a figure'],
    ['quý I', 'does not start with a figure'],
    ['13 - 12,7', 'unexpected text'],
    ['12,7% - 13', 'unexpected text'],
    ['5G', 'letters glued'],
    ['(12,7 - 13)', 'parentheses'],
    ['9,65% so với cùng kỳ năm 2022', 'unexpected text'],
    // month/year: a period, not 3 of 2023 (one test with findQuantities)
    ['3/2023', 'month/period'],
    ['05/2023 người', 'month/period'],
    ['12/2023', 'month/period'],
    // day/month: a date (the day is past the month, or no unit says it is a part of a target)
    ['31/3', 'date (day/month)'],
    ['30/4', 'date (day/month)'],
    ['2/9', 'date (day/month)'],
    ['20-25/3', 'range of days'],
    // an en dash before a figure is a bullet or a range, not a minus sign
    ['\u20132,5%', 'not a minus sign'],
    ['\u20135 dự án', 'not a minus sign'],
  ])('%j is rejected (%s)', (text, reason) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('day/month dates are not fractions (D 1–31, M 1–12)', () => {
  it.each([
    ['Quốc khánh 2/9 tổ chức 12 đoàn', ['12 đoàn']],
    ['Hạn chót 31/3 các đơn vị gửi báo cáo về Ban Tổ chức Thành ủy', []],
    ['Phục vụ khách dịp 30/4 - 1/5 đạt 50.000 lượt', ['50000 lượt']],
    ['dịp 30/4 - 1/5', []],
    ['Ngày 30/4 đến 1/5 đón 12 đoàn khách', ['12 đoàn']],
    ['sáng 2/9 tổ chức lễ chào cờ', []],
    ['chiều 1/6 tổ chức 03 đoàn', ['3 đoàn']],
    ['kể từ 1/7 áp dụng mức lương cơ sở mới', []],
    ['trước 15/12 hoàn thành 5 công trình', ['5 công trình']],
    ['đến hết 31/12 thu ngân sách đạt 3,5 tỷ đồng', ['3.5 tỷ đồng = 3500000000']],
    ['Ngày Quốc tế Lao động 1/5', []],
    ['từ 20-25/3 tổ chức 3 đoàn kiểm tra', ['3 đoàn']],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });
});

describe('fractions of a target stay fractions', () => {
  it.each([
    ['kết nạp được 688/4.100 đảng viên mới', ['688/4100 đảng viên']],
    ['đã thành lập được 20/44 tổ chức đảng', ['20/44 tổ chức đảng']],
    ['101/157 công trình đã thi công xong', ['101/157 công trình']],
    ['hoàn thành 12/15 dự án trọng điểm', ['12/15 dự án']],
    ['54/350 đảng viên mới trong các doanh nghiệp tư nhân', ['54/350 đảng viên']],
    // denominators of 12 or less: a unit, or a word such as đạt/trên or số after, says it is a part
    ['có 3/5 xã đạt chuẩn nông thôn mới', ['3/5 xã']],
    ['đạt và vượt 10/12 chỉ tiêu chủ yếu', ['10/12 chỉ tiêu']],
    ['được trên 2/3 tổng số đại biểu tán thành', ['2/3']],
    ['kết nạp đạt 12/10 đảng viên', ['12/10 đảng viên']],
  ] as const)('%j', (text, expected) => {
    const found = findQuantities(text);
    expect(found.map(summary)).toEqual(expected);
    expect(found.every((q) => q.kind === 'fraction')).toBe(true);
  });

  it.each([
    ['3/5 xã', '3/5 xã'],
    ['12/15 dự án', '12/15 dự án'],
    ['20/44', '20/44'],
    ['13/2023', '13/2023'],
    ['10/12 chỉ tiêu', '10/12 chỉ tiêu'],
  ] as const)('parseQuantity(%j) → %s', (text, expected) => {
    const result = parseQuantity(text);
    expect(result.ok ? summary(result.value) : result.reason).toBe(expected);
  });
});

describe('month/year is a period, not a fraction', () => {
  it.each([
    ['đến 3/2023 có 15 hộ thoát nghèo', ['15 hộ']],
    ['số liệu 05/2023 người lao động', []],
    ['tháng 01, 02/2023', []],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });
});

describe('scale words need the next word', () => {
  it.each([
    ['với 3 tỷ lệ', ['3']],
    ['5 tỷ trọng', ['5']],
    ['theo 2 tỷ giá', ['2']],
    ['có 4 tỉ suất', ['4']],
    ['Ban Thường vụ 2 triệu tập', ['2']],
    ['đạt 3 tỷ đồng, tỷ lệ 5%', ['3 tỷ đồng = 3000000000', '5 %']],
    ['đạt 2 triệu lượt', ['2 triệu lượt = 2000000']],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });

  it('parseQuantity keeps `tỷ lệ` as words, not as a scale', () => {
    const result = parseQuantity('3 tỷ lệ');
    expect(result.ok && result.value.scale).toBe(undefined);
    expect(result.ok && result.value.kind === 'number' && result.value.baseValue).toBe(3);
  });
});

describe('minus signs: `-` and `−` (U+2212) only', () => {
  it('the minus sign cases are written with U+2212 itself', () => {
    expect('−'.charCodeAt(0)).toBe(0x2212);
  });

  it.each([
    ['giảm -2,5%', ['-2.5 %']],
    ['giảm −2,5%', ['-2.5 %']],
    // en dash: a bullet or a range dash, so the figure is read without a sign
    ['giảm \u20132,5%', ['2.5 %']],
    ['\u2013 5 dự án', ['5 dự án']],
  ] as const)('findQuantities(%j)', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });

  it.each([
    ['-2,5%', '-2.5 %'],
    ['−2,5%', '-2.5 %'],
    ['+2,5%', '2.5 %'],
    ['−5 dự án', '-5 dự án'],
  ] as const)('parseQuantity(%j) → %s', (text, expected) => {
    const result = parseQuantity(text);
    expect(result.ok ? summary(result.value) : result.reason).toBe(expected);
  });
});

describe('name words only make a bare integer in their range a name', () => {
  it.each([
    [
      'mỗi ngày 500 lượt khách, mỗi năm 2.000 lao động, hằng tháng 50 triệu đồng',
      ['500 lượt', '2000 lao động', '50 triệu đồng = 50000000'],
    ],
    ['trong năm 24.042,91 tỷ đồng', ['24042.91 tỷ đồng = 24042910000000']],
    ['giảm so với cùng kỳ 9,46%', ['9.46 %']],
    ['hằng tháng 50', ['50']],
    ['tổ 5 người', ['5 người']],
    // names: a bare integer in the word's range
    ['ngày 15 hằng tháng', []],
    ['Đại hội khóa 13', []],
    ['đứng thứ 4 toàn quốc', []],
    ['tổ chức lần 2', []],
    ['Điều 5 - 7 của Quy chế', []],
    ['Chương trình 135', []],
    ['các xã 135', []],
    ['thuộc Chương trình 135 với 14 xã', ['14 xã']],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });
});

describe('times and counts of times', () => {
  it.each([
    ['tăng 5,2 lần', ['5.2 lần']],
    ['gấp 2 lần cùng kỳ', ['2 lần']],
    // a time of day is not a quantity; a single figure with giờ or phút is a duration
    ['8 giờ 30 phút', []],
    ['Hội nghị bắt đầu lúc 8 giờ 30 phút, kéo dài 2 giờ', ['2 giờ']],
    ['khai mạc lúc 14 giờ', []],
    ['vào 7 giờ 30 sáng', []],
    ['giải quyết trong 30 phút', ['30 phút']],
  ] as const)('%j', (text, expected) => {
    expect(findQuantities(text).map(summary)).toEqual(expected);
  });

  it('parseQuantity and findQuantities agree on lần', () => {
    const parsed = parseQuantity('5,2 lần');
    const [found] = findQuantities('tăng 5,2 lần');
    expect(parsed.ok && parsed.value.unit).toBe('lần');
    expect(found?.unit).toBe('lần');
  });
});

describe('parseQuantity: exact digits beyond 2^53', () => {
  it('keeps the exact value of a figure parseNumber refuses', () => {
    const result = parseQuantity('9.007.199.254.740.993');
    expect(result.ok && result.value.kind === 'number' && result.value.baseValueExact).toBe(
      '9007199254740993',
    );
  });
});
