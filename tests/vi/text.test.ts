import { describe, expect, it } from 'vitest';
import {
  alphabetIndex,
  endsSentence,
  leadingNumberingMarker,
  type NumberingMarker,
  nameGoesOn,
  opensReference,
  orderCellRung,
  parseNumberingMarker,
  splitGlued,
  startsLowercase,
  takesNumber,
} from '../../src/vi/index.js';

describe('splitGlued: two words OCR ran into one', () => {
  it.each([
    ['hiện6', ['hiện', '6']],
    ['KHnăm', ['KH', 'năm']],
    ['năm2024', ['năm', '2024']],
    ['Hiện6', undefined],
    ['ABC12', undefined],
    ['hiện', undefined],
    ['2024', undefined],
    ['HK.km', undefined],
  ])('%j → %j', (word, pieces) => {
    expect(splitGlued(word)).toEqual(pieces);
  });
});

describe('takesNumber', () => {
  it.each([
    ['Giai đoạn', true],
    ['Dự án nâng cấp Tổ', true],
    ['kế hoạch năm', true],
    ['Mầm non', false],
    ['Tiểu học', false],
  ])('%s → %s', (text, expected) => {
    expect(takesNumber(text)).toBe(expected);
  });
});

describe('startsLowercase', () => {
  it.each([
    ['thể để phát triển kinh tế - xã hội, quốc phòng - an ninh', true],
    ['quyết Đại hội lần thứ XIII của Đảng', true],
    ['hướng dẫn nguyên đơn thực hiện quyền khiếu nại 32 đơn thư', true],
    ['ngày 26/10/2022 của Ban Bí thư Trung ương Đảng', true],
    ['lợi chủ đề hành động năm 2023 của thành phố', true],
    ['hình kinh tế - xã hội thành phố quý I tiếp tục ổn định', true],
    ['tại Hải Phòng: Giải Vô địch súng hơi', true],
    ['ở cơ sở', true],
    ['ổn định', true],
    ['ưu tiên', true],
    ['đảng viên', true],
    ['ấp 3', true],
    ['“dân biết, dân bàn”', true],
    ['  nghiên cứu, sửa đổi', true],
    ['ở'.normalize('NFD'), true],
    ['Chỉ đạo triển khai tổng kết công tác tổ chức cán bộ', false],
    ['54/350 đảng viên mới trong các doanh nghiệp tư nhân', false],
    ['- Ban Thường vụ Thành ủy', false],
    ['Ủy ban Kiểm tra', false],
    ['Đỗ Mạnh Hiến', false],
    ['¹ Kế hoạch của Ban Thường vụ Thành ủy', false],
    ['', false],
    ['   ', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(startsLowercase(text)).toBe(expected);
  });
});

describe('endsSentence', () => {
  it.each([
    [
      'xây dựng kế hoạch triển khai, tổ chức các Hội nghị sơ kết, tổng kết các nghị quyết, chỉ thị của Trung ương¹.',
      true,
    ],
    ['phù hợp với các chủ trương, định hướng của Trung ương².', true],
    ['Xử lý 271 đơn thư¹⁴.', true],
    ['chính quyền đô thị thành phố Hải Phòng.', true],
    ['đổi mới, nâng cao chất lượng hoạt động…', true],
    ['thực hiện chuyển đổi số...', true],
    ['trong tình hình mới".', true],
    ['(khóa X).', true],
    ['của Trung ương.²', true],
    ['Ban Nội chính Thành ủy đơn thư<sup>14</sup>.', true],
    ['đơn thư.<sup>14</sup>', true],
    ['đơn thư.[^14]', true],
    ['đơn thư.^14^', true],
    ['Có đúng không?', true],
    ['Tốt!  ', true],
    ['Chỉ đạo phát triển kinh tế - xã hội thành phố bằng các giải pháp cụ', false],
    [
      'Ban hành: Thông tri số 08-TT/TU, ngày 03/01/2023 của Ban Thường vụ Thành ủy thực hiện Chỉ thị số 18-CT/TW,',
      false,
    ],
    [
      'Tính đến 12/4/2023, đã kết nạp được 688/4.100 đảng viên mới (đạt 16,8% kế hoạch); đã thành lập được 20/44 tổ chức đảng (đạt 45,45% kế hoạch), kết nạp được',
      false,
    ],
    [
      'hướng dẫn các địa phương, đơn vị về các hoạt động tôn giáo nhân dịp Lễ Phật đản 2023 và mùa “An cư kiết hạ” của Phật giáo;',
      false,
    ],
    ['kiện toàn Ban Bảo vệ, chăm sóc sức khỏe cán bộ thành phố⁷;', false],
    ['Nơi nhận:', false],
    ['1. Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân', false],
    ['Ngô Quyền, Hải An, Kiến Thụy, Tiên Lãng', false],
    ['diện tích 300 m²', false],
    ['', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

type Marker = Omit<NumberingMarker, 'raw'>;

describe('parseNumberingMarker', () => {
  it.each<readonly [string, Marker]>([
    ['I.', { numbering: 'roman', label: 'I', ordinal: 1, path: [1] }],
    ['II.', { numbering: 'roman', label: 'II', ordinal: 2, path: [2] }],
    ['III.', { numbering: 'roman', label: 'III', ordinal: 3, path: [3] }],
    ['XIV.', { numbering: 'roman', label: 'XIV', ordinal: 14, path: [14] }],
    ['1.', { numbering: 'decimal', label: '1', ordinal: 1, path: [1] }],
    ['12.', { numbering: 'decimal', label: '12', ordinal: 12, path: [12] }],
    ['1.1.', { numbering: 'multilevel', label: '1.1', ordinal: 1, path: [1, 1] }],
    ['1.2', { numbering: 'multilevel', label: '1.2', ordinal: 2, path: [1, 2] }],
    ['2.1.3.', { numbering: 'multilevel', label: '2.1.3', ordinal: 3, path: [2, 1, 3] }],
    ['a)', { numbering: 'letter', label: 'a)', ordinal: 1, path: [1] }],
    ['b)', { numbering: 'letter', label: 'b)', ordinal: 2, path: [2] }],
    ['đ)', { numbering: 'letter', label: 'đ)', ordinal: 5, path: [5] }],
    ['e)', { numbering: 'letter', label: 'e)', ordinal: 6, path: [6] }],
    ['g)', { numbering: 'letter', label: 'g)', ordinal: 7, path: [7] }],
    ['k)', { numbering: 'letter', label: 'k)', ordinal: 10, path: [10] }],
    ['y)', { numbering: 'letter', label: 'y)', ordinal: 23, path: [23] }],
    // Latin letters the Vietnamese alphabet lacks come after y, flagged.
    ['f)', { numbering: 'letter', label: 'f)', ordinal: 24, path: [24], latinOnly: true }],
    ['j)', { numbering: 'letter', label: 'j)', ordinal: 25, path: [25], latinOnly: true }],
    ['w)', { numbering: 'letter', label: 'w)', ordinal: 26, path: [26], latinOnly: true }],
    ['z.', { numbering: 'letter', label: 'z', ordinal: 27, path: [27], latinOnly: true }],
    // A trailing colon is taken, as the comments say.
    ['IV:', { numbering: 'roman', label: 'IV', ordinal: 4, path: [4] }],
    ['1:', { numbering: 'decimal', label: '1', ordinal: 1, path: [1] }],
    ['1.2:', { numbering: 'multilevel', label: '1.2', ordinal: 2, path: [1, 2] }],
    ['(1)', { numbering: 'parenthesized', label: '(1)', ordinal: 1, path: [1] }],
    ['(12)', { numbering: 'parenthesized', label: '(12)', ordinal: 12, path: [12] }],
    ['1)', { numbering: 'closing-paren', label: '1)', ordinal: 1, path: [1] }],
    ['Điều 5.', { numbering: 'article', label: 'Điều 5', ordinal: 5, path: [5] }],
    ['Điều 12', { numbering: 'article', label: 'Điều 12', ordinal: 12, path: [12] }],
    ['Chương II', { numbering: 'chapter', label: 'Chương II', ordinal: 2, path: [2] }],
    ['CHƯƠNG III:', { numbering: 'chapter', label: 'CHƯƠNG III', ordinal: 3, path: [3] }],
    ['Mục 1', { numbering: 'section', label: 'Mục 1', ordinal: 1, path: [1] }],
    ['Mục II', { numbering: 'section', label: 'Mục II', ordinal: 2, path: [2] }],
    ['Phần I', { numbering: 'part', label: 'Phần I', ordinal: 1, path: [1] }],
    ['PHẦN II', { numbering: 'part', label: 'PHẦN II', ordinal: 2, path: [2] }],
    ['Phần thứ nhất', { numbering: 'part', label: 'Phần thứ nhất', ordinal: 1, path: [1] }],
    ['Phần thứ hai', { numbering: 'part', label: 'Phần thứ hai', ordinal: 2, path: [2] }],
    ['PHẦN THỨ BA', { numbering: 'part', label: 'PHẦN THỨ BA', ordinal: 3, path: [3] }],
    ['Phần A', { numbering: 'part', label: 'Phần A', ordinal: 1, path: [1] }],
    ['Điều 5.'.normalize('NFD'), { numbering: 'article', label: 'Điều 5', ordinal: 5, path: [5] }],
  ])('%j', (text, marker) => {
    const result = parseNumberingMarker(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { raw, ...rest } = result.value;
    expect(rest).toEqual(marker);
  });

  it.each([
    '1.714',
    '1',
    'I',
    'IIII.',
    'A.',
    '-',
    '+',
    '•',
    '1.234.567',
    'Điều chỉnh',
    'Mục tiêu',
    'Phần lớn',
    'Chương trình',
    '(a)',
    '()',
    '2023.',
    'Nghị quyết',
    '',
    // no ordinal 0
    '0.',
    '(0)',
    '0)',
    '1.0.',
    'Điều 0',
    'Mục 0',
    'iv:',
  ])('%j is not a marker', (text) => {
    expect(parseNumberingMarker(text).ok).toBe(false);
  });
});

describe('leadingNumberingMarker', () => {
  it.each([
    ['I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I', 'roman', 'I', 3],
    ['II. ĐÁNH GIÁ CHUNG', 'roman', 'II', 4],
    ['III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II', 'roman', 'III', 5],
    ['1. Về công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân', 'decimal', '1', 3],
    ['3. Một số nhiệm vụ cụ thể khác', 'decimal', '3', 3],
    ['(1) Về công tác tổ chức, cán bộ', 'parenthesized', '(1)', 4],
    ['(2) Về công tác cải cách hành chính', 'parenthesized', '(2)', 4],
    ['1.1. Công tác xây dựng Đảng', 'multilevel', '1.1', 5],
    ['1.1. Về công tác', 'multilevel', '1.1', 5],
    // Without its dot, a multilevel marker needs a title starting with a capital.
    ['1.1 Về công tác', 'multilevel', '1.1', 4],
    ['2.3.1 Đánh giá chung', 'multilevel', '2.3.1', 6],
    ['IV: KẾT QUẢ', 'roman', 'IV', 4],
    ['1: Về công tác', 'decimal', '1', 3],
    ['a) Về kinh tế', 'letter', 'a)', 3],
    ['Điều 5. Hiệu lực thi hành', 'article', 'Điều 5', 8],
    ['PHẦN THỨ HAI: PHƯƠNG HƯỚNG', 'part', 'PHẦN THỨ HAI', 14],
    // Parts of a plan above its Roman sections.
    ['A. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN', 'capital', 'A', 3],
    ['B. PHẦN THỨ HAI: KẾ HOẠCH NĂM 2025', 'capital', 'B', 3],
    ['Đ. Tổ chức thực hiện', 'capital', 'Đ', 3],
    ['C) Giải pháp', 'capital', 'C)', 3],
    // Party documents write `I-`, `1-`.
    ['II- HẠN CHẾ, NGUYÊN NHÂN', 'roman', 'II', 4],
    ['2- Công tác tổ chức', 'decimal', '2', 3],
    ['3– Công tác kiểm tra', 'decimal', '3', 3],
    // Converters keep `Mục 1 TITLE`, `Chương III TITLE` on one line, and `Điều 20,`.
    ['Mục 1 VI PHẠM QUY ĐỊNH', 'section', 'Mục 1', 6],
    ['Chương III THẨM QUYỀN XỬ PHẠT', 'chapter', 'Chương III', 11],
    ['Điều 20, Hiệu lực thi hành', 'article', 'Điều 20', 9],
  ] as const)('%j', (text, numbering, label, end) => {
    const result = leadingNumberingMarker(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.value.numbering, result.value.label, result.value.end]).toEqual([
      numbering,
      label,
      end,
    ]);
    expect(text.slice(result.value.start, result.value.start + result.value.raw.length)).toBe(
      result.value.raw,
    );
  });

  // A heading's title glued to its marker, as LibreOffice's HTML writes it: read only when asked
  // (the line is known to be a heading), and only before a capital.
  it.each([
    ['I.KẾT QUẢ THỰC HIỆN', 'roman', 'I', 2],
    ['1.Về phát triển kinh tế', 'decimal', '1', 2],
    ['a)Sản xuất nông nghiệp', 'letter', 'a)', 2],
    ['1.1.Công tác xây dựng Đảng', 'multilevel', '1.1', 4],
  ] as const)('glued: %j', (text, numbering, label, end) => {
    expect(leadingNumberingMarker(text).ok).toBe(false);
    const result = leadingNumberingMarker(text, { glued: true });
    expect(result.ok && [result.value.numbering, result.value.label, result.value.end]).toEqual([
      numbering,
      label,
      end,
    ]);
  });

  it.each(['1.714 đảng viên', 'a.b', 'V.i. Lênin', 'I.kết quả'])(
    'glued, still no marker: %j',
    (text) => {
      expect(leadingNumberingMarker(text, { glued: true }).ok).toBe(false);
    },
  );

  it.each([
    '- Thành ủy và các cấp ủy lãnh đạo',
    '54/350 đảng viên mới',
    '1.714 đảng viên',
    'Tính đến 12/4/2023',
    'Chỉ đạo nghiên cứu',
    'Mục tiêu của kế hoạch',
    'Điều chỉnh, phân công nhiệm vụ',
    'I.KẾT QUẢ',
    // English decimals at a line start are figures, not markers without their dot.
    '1.5 triệu người tham gia',
    '12.34 tỷ đồng',
    '1.1 về công tác',
    '0. Về công tác',
    '(0) Về công tác',
    // A capital letter opens a part only before a capital; a dash only before a space.
    'B. hạn chế còn tồn tại',
    'F. Mục tiêu',
    '1-2 năm tới',
    'II-',
    'X-quang được trang bị',
    'Điều 20,5 triệu',
  ])('%j has no leading marker', (text) => {
    expect(leadingNumberingMarker(text).ok).toBe(false);
  });

  it('gives every letter its own ordinal', () => {
    const letters = [...'abcdđeghiklmnopqrstuvxyfjwz'];
    const ordinals = letters.map((letter) => {
      const result = parseNumberingMarker(`${letter})`);
      return result.ok ? result.value.ordinal : 0;
    });
    expect(ordinals).toEqual(letters.map((_, k) => k + 1));
  });

  it('maps offsets back into decomposed text', () => {
    const text = 'Điều 5. Hiệu lực'.normalize('NFD');
    const result = leadingNumberingMarker(text);
    expect(result.ok && text.slice(result.value.start, result.value.end)).toBe(
      'Điều 5. '.normalize('NFD'),
    );
  });
});

describe("orderCellRung: the order column of a table on the sections' ladders", () => {
  it.each([
    ['I', 'roman'],
    ['II.', 'roman'],
    ['1', 'decimal'],
    ['12.', 'decimal'],
    ['1.2', 'multilevel:2'],
    ['1.2.3', 'multilevel:3'],
    ['a', 'letter'],
    ['b)', 'letter'],
    ['đ', 'letter'],
    ['A', 'capital'],
    ['B.', 'capital'],
    ['(1)', 'parenthesized'],
    ['1)', 'closing-paren'],
    ['-', 'bullet'],
    ['+', 'bullet'],
    ['Tổng', 'other'],
    ['', 'other'],
  ])('%j → %s', (cell, rung) => {
    expect(orderCellRung(cell)).toBe(rung);
  });
});

describe("alphabetIndex: a lettered row's or group's place in the Vietnamese alphabet", () => {
  it.each([
    ['a', 0],
    ['A', 0],
    ['đ', 4],
    ['Đ', 4],
    ['e', 5],
    ['G', 6],
    ['y', 22],
    // Latin letters the alphabet lacks, and more than a letter.
    ['f', -1],
    ['W', -1],
    ['ab', -1],
    ['', -1],
  ] as const)('%j → %i', (letter, index) => {
    expect(alphabetIndex(letter)).toBe(index);
  });
});

describe('nameGoesOn', () => {
  it.each([
    ['gieo trồng vụ Đông', true],
    ['Thái Thọ (huyện Thái Thụy) và xã Vũ Lễ (huyện Kiến', true],
    ['Bộ trưởng Bộ Giáo dục và', true],
    ['Xuân', false],
    ['địa bàn (GRDP)', false],
    ['thu nội địa đạt', false],
    ['sản phẩm OCOP', false],
    ['của Hội đồng nhân dân tỉnh', true],
    ['Ủy ban nhân dân huyện', true],
    ['trên địa bàn thành phố', true],
    ['thu ngân sách xã', false],
  ])('nameGoesOn(%s) → %s', (line, expected) => {
    expect(nameGoesOn(line)).toBe(expected);
  });
});

describe('opensReference', () => {
  it.each([
    ['Nghị quyết số 85/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh', true],
    ['Quyết định số 1017/QĐ-UBND ngày 22/4/2024', true],
    ['Thông tư liên tịch số 01/2024/TTLT-BTC', true],
    ['Nghị quyết của Đảng bộ xã', false],
    ['Kế hoạch năm 2024 đạt 95%', false],
  ])('opensReference(%s) → %s', (line, expected) => {
    expect(opensReference(line)).toBe(expected);
  });
});
