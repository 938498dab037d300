/**
 * The columns every reader gives the two-tier header of huyen-uy-tan-yen's table (`Năm 2022` over
 * `Thực hiện`, `Năm 2023` over `Kế hoạch` and `Thực hiện`), however its converter wrote the tiers:
 * the same names and roles from GFM, mammoth's paragraphs, layout and pdf.js text.
 */
export const TWO_TIER_COLUMNS = [
  ['TT', 'order'],
  ['Nội dung', 'label'],
  ['Đơn vị tính', 'unit'],
  ['Năm 2022 / Thực hiện', 'actual'],
  ['Năm 2023 / Kế hoạch', 'plan'],
  ['Năm 2023 / Thực hiện', 'actual'],
] as const;
