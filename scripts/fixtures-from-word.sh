#!/bin/sh
# Fixtures as pandoc leaves a Word report: each scripts/word-sources/<case>.md (pandoc markdown,
# the layout of a real document, its head and foot in two-column tables) is written to a .docx by
# pandoc, and the .docx read back by pandoc into tests/fixtures/<case>/input.md. Word tables whose
# cells hold several paragraphs come back as grid tables, which remark leaves as paragraphs of
# `+---+` and `| … |` lines (src/structure/layout-table.ts reads them).
#
# Needs Debian pandoc (2.17). CI never runs this: the outputs are committed.
#   sh scripts/fixtures-from-word.sh && npm run fixtures:update
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for source in scripts/word-sources/*.md; do
  name=$(basename "$source" .md)
  pandoc -f markdown -t docx -o "$work/$name.docx" "$source"
  mkdir -p "tests/fixtures/$name"
  pandoc -f docx -t markdown "$work/$name.docx" -o "tests/fixtures/$name/input.md"
  echo "tests/fixtures/$name/input.md"
done
