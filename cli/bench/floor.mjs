// The floor: only opening every .xlsx in a folder with SheetJS, as xlsx-grid opens them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";

const dir = process.argv[2];
let sheets = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".xlsx")) continue;
  const wb = XLSX.read(readFileSync(join(dir, name)), {
    type: "buffer",
    dense: true,
    cellFormula: true,
    cellStyles: false,
    cellHTML: false,
    cellNF: false,
    cellDates: false,
    sheetStubs: true,
    cellText: false,
    bookFiles: true,
  });
  sheets += wb.SheetNames.length;
}
process.stdout.write(`${sheets}\n`);
