// Smoke test of the single-file cchc (scripts/build-exe.mjs) as an official runs it: alone in an
// empty folder, no node_modules, on the sample province — `validate` one table, `rank` the
// department files with two worker threads (which must really score, from the embedded code).
//
//   node scripts/smoke-exe.mjs --exe dist/exe/cchc        the executable (npm run smoke:exe)
//   node scripts/smoke-exe.mjs --script DIR/cchc.cjs      the CommonJS bundle, run with this node
// Exit 0 when every check passes; otherwise each failed check is printed and the exit is 1.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const samples = join(root, "samples");

const [flag, target] = process.argv.slice(2);
if ((flag !== "--exe" && flag !== "--script") || !target || !existsSync(resolve(target))) {
  process.stderr.write(
    "smoke-exe: cần --exe TỆP hoặc --script TỆP.cjs đã build (npm run build:exe -w @cchc/cli)\n",
  );
  process.exit(2);
}

// Alone in an empty folder: nothing beside it to lean on.
const dir = mkdtempSync(join(tmpdir(), "cchc-smoke-"));
const copy = join(dir, basename(target));
copyFileSync(resolve(target), copy);
const command = flag === "--exe" ? [copy] : [process.execPath, copy];

function run(args, env = {}) {
  const r = spawnSync(command[0], [...command.slice(1), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CCHC_DEBUG: "", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
}

const failures = [];
const check = (ok, what, detail) => {
  process.stdout.write(`${ok ? "ok  " : "LỖI"} ${what}\n`);
  if (!ok) failures.push(`${what}\n${detail}`);
};

const table = join(samples, "don-vi", "so-ban-nganh", "ban-quan-ly-cac-khu-cong-nghiep.xlsx");
const v = run(["validate", table]);
check(
  v.status === 0 && /Kết quả: không có lỗi/.test(v.stdout),
  "validate một bảng mẫu: mã 0, không lỗi",
  v.stdout + v.stderr,
);

const broken = join(samples, "don-vi", "loi");
const b = run(["validate", broken]);
check(
  b.status !== 0 && !/\n\s+at .+:\d+:\d+/.test(b.stderr),
  "validate tệp hỏng: báo lỗi, không lộ vết ngăn xếp",
  b.stdout + b.stderr,
);

const out = join(dir, "xep-hang.xlsx");
const r = run(
  [
    "rank",
    join(samples, "don-vi", "so-ban-nganh"),
    "--units",
    join(samples, "danh-sach-don-vi.xlsx"),
    "--out",
    out,
    "--json",
    "--quiet",
  ],
  { CCHC_WORKERS: "2", CCHC_DEBUG: "1" },
);
let units = 0;
try {
  units = JSON.parse(r.stdout).units.length;
} catch {
  units = -1;
}
check(
  r.status === 0 && units === 22 && existsSync(out),
  "rank 22 sở, ban, ngành: mã 0, JSON, tệp xếp hạng",
  r.stderr.slice(-2000),
);
// Files go to whichever thread is free; each worker is handed one of its own first, so the two
// workers score at least two, and must score every file they took.
const byWorkers = /cchc: (\d+)\/(\d+) tệp chấm trong 2 luồng phụ/.exec(r.stderr);
check(
  byWorkers !== null && byWorkers[1] === byWorkers[2] && Number(byWorkers[1]) >= 2,
  "hai luồng phụ chấm mọi tệp được giao (mã nhúng)",
  r.stderr.slice(-2000),
);

rmSync(dir, { recursive: true, force: true });
if (failures.length > 0) {
  process.stderr.write(`\n${failures.join("\n\n")}\n`);
  process.exit(1);
}
process.stdout.write(`cchc một tệp chạy được: ${command.map((c) => basename(c)).join(" ")}\n`);
