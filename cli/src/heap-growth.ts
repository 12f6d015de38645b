/**
 * Imported first by the cli's entries, so it runs before the bundle's modules are evaluated. Both
 * flags are numbers or switches V8 reads at each GC or allocation (not only at start-up), and
 * workers started later inherit them.
 *
 * `--heap-growing-percent=20`: `cchc rank`'s main thread scores its share of the files: each
 * workbook's parse outlives a few young-generation GCs and is promoted, and V8 lets the old
 * generation grow to 4× its live size (under the default 4 GB limit) before a full GC. At 4,556
 * files the main heap swung between 30 and 150 MB (peak RSS 282–292 MB). Growing it by 20 % at a
 * time keeps it near its live size (222–228 MB), CPU within the noise. Set before the first GC,
 * it also bounds the first limit.
 *
 * `--no-allocation-site-pretenuring`: V8 allocates straight into the old generation from any
 * allocation site whose objects mostly survived a young-generation GC. The units list of a whole
 * country (4,556 rows, a 2 MB sheet) is parsed on the main thread before the workbooks, through
 * the same reader: its cells all survive, so the reader's sites were marked for the old
 * generation, and every workbook the main thread read afterwards went there as garbage (226 MB
 * promoted against 50 without it, 15 full GCs against 4; 3,000 rows stayed under V8's threshold,
 * which is why the peak grew with the file count). Off: 220 → 200 MB at 4,556 files, 6 % less CPU,
 * 1,000 files unchanged (docs/benchmarks/cli.md, branch cli-mem3).
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--heap-growing-percent=20");
setFlagsFromString("--no-allocation-site-pretenuring");
