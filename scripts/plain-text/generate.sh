#!/bin/sh
# Plain-text fixtures made with the real tools (issue 20), from the report PDFs in tests/originals/:
#   a report that has a pandoc-markdown source but no PDF yet is first made into one:
#   pandoc (markdown → .docx) → LibreOffice headless (.docx → .pdf); the issue-19 originals
#   (scripts/converters/generate.mjs) already have theirs, and are reused as they are.
# Each PDF then goes through the extractors a data team meets:
#   pdftotext, pdftotext -layout, a pdf.js dump (scripts/plain-text/pdfjs-text.mjs),
#   tesseract -l vie on pdftoppm -r 300 page images (a form feed after each page, as pdftotext);
# and the longest report's pdftotext text is written again with each page break as one of the page
# markers pipelines add. Each output is a golden fixture: tests/fixtures/plain-<flavour>-<name>/input.txt.
# Needs (Debian): pandoc poppler-utils libreoffice-writer-nogui tesseract-ocr-vie; npm (dev): pdfjs-dist,
# mammoth, @opendocsg/pdf2md.
# CI never runs this. Run from the repository root, then review the goldens:
#   sh scripts/plain-text/generate.sh && npm run fixtures:update
set -eu
originals=tests/originals
fixtures=tests/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for source in "$originals"/*.md; do
  name=$(basename "$source" .md)
  [ -f "$originals/$name.pdf" ] && continue
  pandoc -f markdown -t docx -o "$originals/$name.docx" "$source"
  # A private profile: no user settings, no lock on a shared one.
  soffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to pdf --outdir "$originals" "$originals/$name.docx" >/dev/null
done

# A PDF through the extractors a data team meets, each into its fixture: extract_text PDF NAME.
extract_text() {
  for flavour in pdftotext layout pdfjs ocr; do mkdir -p "$fixtures/plain-$flavour-$2"; done
  sh scripts/plain-text/extract-text.sh "$1" "$fixtures/plain-pdftotext-$2/input.txt" \
    "$fixtures/plain-layout-$2/input.txt" "$fixtures/plain-pdfjs-$2/input.txt" \
    "$fixtures/plain-ocr-$2/input.txt"
}

for pdf in "$originals"/*.pdf; do
  extract_text "$pdf" "$(basename "$pdf" .pdf)"
done

# Reports written for held-out tests (scripts/plain-text/reports/: a department, a party committee
# of a commune, a ministry, a statistics office, a district and an education department; a
# two-column head and foot as grid tables, numbered headings as bold paragraphs, Word lists, notes
# moved to the next page, narrow table columns, roman group rows, empty cells, a table in the body,
# a table over pages): each through the same extractors, mammoth and pdf2md, and its clean markdown, the
# gold, as pandoc's GFM in tests/plain-text-gold/.
for source in scripts/plain-text/reports/*.md; do
  name=$(basename "$source" .md)
  pandoc -f markdown -t gfm -o "tests/plain-text-gold/$name.md" "$source"
  pandoc -f markdown -t docx -o "$work/$name.docx" "$source"
  # mammoth's markdown of the same Word file (a converter, not an extractor: tests/converters/).
  node scripts/converters/mammoth.mjs "$work/$name.docx" >"tests/converters/mammoth/$name.md"
  soffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  node scripts/converters/pdf2md.mjs "$work/$name.pdf" >"tests/converters/pdf2md/$name.md"
  # The PDF itself, for the PDF reader's tests (tests/pdf.test.ts).
  cp "$work/$name.pdf" "tests/originals/pdf/libreoffice-$name.pdf"
  extract_text "$work/$name.pdf" "$name"
done

# Page markers added by pipelines, one fixture each, from the longest report's pdftotext text (six
# pages, a table over three): the form feed before page N becomes the marker line for page N.
name=ubnd-lao-cai_bao-cao_2024-q1
marker_fixture() {
  mkdir -p "$fixtures/plain-marker-$1"
  awk -v form="$2" 'BEGIN { RS = "\f"; ORS = "" }
    NF > 0 { if (NR > 1) { line = form; gsub(/#/, NR, line); print line "\n" } print }' \
    "$fixtures/plain-pdftotext-$name/input.txt" >"$fixtures/plain-marker-$1/input.txt"
}
marker_fixture trang-equals '===== TRANG # ====='
marker_fixture trang-dashes '--- Trang # ---'
marker_fixture page-word 'Page #'
marker_fixture page-dashes '-----Page #-----'

# Word's automatic list labels (`1.`, `•`, `a)`): pdftotext prints each label apart from its item,
# some after the items' texts. A small source, scripts/plain-text/word-lists.md, made into a Word
# list by pandoc and printed by LibreOffice; only pdftotext's text is kept.
mkdir -p "$fixtures/plain-pdftotext-word-lists"
pandoc -f markdown -t docx -o "$work/word-lists.docx" scripts/plain-text/word-lists.md
soffice --headless -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/word-lists.docx" >/dev/null
pdftotext -enc UTF-8 "$work/word-lists.pdf" "$fixtures/plain-pdftotext-word-lists/input.txt"
