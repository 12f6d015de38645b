/**
 * Draws the add-in's icon (a white check mark on a rounded blue square) at every size the
 * manifest names, supersampled for smooth edges. Run: npx tsx excel-addin/scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng } from "./png";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the shape at a point in unit coordinates: 0 outside, 1 square, 2 check mark. */
function sample(x: number, y: number): 0 | 1 | 2 {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return 0;
  const stroke = 0.085;
  if (
    distToSegment(x, y, 0.24, 0.52, 0.42, 0.7) < stroke ||
    distToSegment(x, y, 0.42, 0.7, 0.77, 0.3) < stroke
  )
    return 2;
  return 1;
}

export function drawIcon(size: number): Uint8Array {
  const ss = 4;
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let check = 0;
      for (let j = 0; j < ss; j++)
        for (let i = 0; i < ss; i++) {
          const s = sample((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (s > 0) inside++;
          if (s === 2) check++;
        }
      const n = ss * ss;
      const k = inside ? check / inside : 0;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round(BLUE[c]! * (1 - k) + WHITE[c]! * k);
      out[o + 3] = Math.round((255 * inside) / n);
    }
  return out;
}

export function writeIcons(dir: string): string[] {
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (process.argv[1] && /make-icons\.ts$/.test(process.argv[1])) {
  const dir = join(process.cwd(), "excel-addin", "assets"); // run from the repository root
  for (const f of writeIcons(dir)) console.log(f);
}
