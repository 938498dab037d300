#!/bin/sh
# Held-out readings made with the real tools, for reports the tests have not seen:
#   sh scripts/heldout/render.sh REPORTS_DIR OUT_DIR
# Each pandoc-markdown report REPORTS_DIR/NAME.md becomes OUT_DIR/NAME/:
#   gold.md        its clean markdown (pandoc's GFM): what the other readings are measured against;
#   report.docx    pandoc's Word file, and report.pdf, LibreOffice's (headless) print of it;
#   mammoth.md     mammoth's markdown of the Word file; pdf2md.md, @opendocsg/pdf2md's of the PDF;
#   pdftotext.txt, layout.txt, pdfjs.txt, ocr.txt   the text extractors' (extract-text.sh).
# Then `npm run heldout -- OUT_DIR` says what share of the gold's checks each reading keeps.
# Needs (Debian): pandoc poppler-utils libreoffice-writer-nogui tesseract-ocr-vie; npm ci (dev deps).
set -eu
reports=$1
out=$2
here=$(dirname "$0")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for source in "$reports"/*.md; do
  name=$(basename "$source" .md)
  dir="$out/$name"
  mkdir -p "$dir"
  pandoc -f markdown -t gfm -o "$dir/gold.md" "$source"
  pandoc -f markdown -t docx -o "$dir/report.docx" "$source"
  node "$here/../converters/mammoth.mjs" "$dir/report.docx" >"$dir/mammoth.md"
  # A private profile: no user settings, no lock on a shared one.
  soffice --headless -env:UserInstallation="file://$profile" \
    --convert-to pdf --outdir "$dir" "$dir/report.docx" >/dev/null
  node "$here/../converters/pdf2md.mjs" "$dir/report.pdf" >"$dir/pdf2md.md"
  sh "$here/../plain-text/extract-text.sh" "$dir/report.pdf" "$dir/pdftotext.txt" \
    "$dir/layout.txt" "$dir/pdfjs.txt" "$dir/ocr.txt"
done
