/**
 * `npm run samples -w @cchc/cli`: regenerates cli/samples/ (or the folder given) — the sample
 * province, DỮ LIỆU MẪU. The generator itself is samples/generate.ts.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./samples/generate";
import { generateSurvey } from "./samples/survey";
import { generateYears } from "./samples/years";

const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "samples");
const { units, files } = generate(outDir);
files.push(...generateSurvey(outDir, units));
files.push(...generateYears(outDir));
process.stdout.write(`Dữ liệu mẫu: ${units.length} đơn vị, ${files.length} tệp trong ${outDir}\n`);
