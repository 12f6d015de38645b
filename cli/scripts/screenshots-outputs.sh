#!/usr/bin/env bash
# Screenshots of the published outputs on the sample province (docs/screenshots/outputs/):
# ranking, per-field, lost points, chart, a unit's feedback and the Word report, rendered by
# LibreOffice (soffice) and pdftoppm. Run by hand after changing a layout, then look at them:
#
#   npm run build -w @cchc/cli && bash cli/scripts/screenshots-outputs.sh
#
# Fonts: Times New Roman and Calibri render with their metric twins (Debian packages
# fonts-liberation2 and fonts-crosextra-carlito); without them LibreOffice substitutes wider
# fonts and lines wrap differently from Excel and Word.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
samples="$root/cli/samples"
shots="$root/docs/screenshots/outputs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
cd "$samples"
node "$root/cli/bin/cchc.mjs" rank don-vi --units danh-sach-don-vi.xlsx --survey dieu-tra-xa-hoi-hoc.xlsx \
  --framework bo-tieu-chi/sample-department-2025.json --framework bo-tieu-chi/sample-commune-2025.json \
  --province "An Hòa" --decision "15/QĐ-UBND ngày 20/01/2026" \
  --signer "KT. GIÁM ĐỐC" --signer "PHÓ GIÁM ĐỐC" --signer "Lò Văn Minh" \
  --out "$work/xep-hang.xlsx" --report "$work/bao-cao.docx" --quiet >/dev/null 2>&1 || true
node "$root/cli/bin/cchc.mjs" validate don-vi/so-ban-nganh/so-tu-phap.xlsx \
  --framework bo-tieu-chi/sample-department-2025.json --report "$work/phan-hoi.xlsx" >/dev/null 2>&1 || true
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/xep-hang.xlsx" "$work/bao-cao.docx" "$work/phan-hoi.xlsx" >/dev/null 2>&1
# Page numbers of the sample workbook's sheets (one page each unless said).
page() { pdftoppm -r 80 -f "$2" -l "$2" -png -singlefile "$work/$1.pdf" "$shots/$3"; }
page xep-hang 1 ranking
page xep-hang 4 per-field
page xep-hang 11 lost-points
page xep-hang 12 chart
page phan-hoi 1 feedback-summary
page phan-hoi 2 feedback-lost-points
page phan-hoi 4 feedback-issues
page bao-cao 1 report-page-1
page bao-cao 3 report-page-3
page bao-cao 4 report-signature
page bao-cao 7 report-annex
ls -1 "$shots"
