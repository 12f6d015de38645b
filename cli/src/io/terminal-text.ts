/**
 * Text read from cells, made safe for a terminal: a cell can hold escape sequences (which
 * recolour, move the cursor, retitle the window or hide what follows), other control
 * characters, bidirectional overrides, or a whole page of text. Human output shows cells
 * through `cellText`; everything the console prints goes through `stripControls`.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of this module. */

/** ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-byte ESC x. */
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** C0 controls except tab and newline, DEL, C1 controls (U+009B is a one-character CSI). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional embeddings, overrides and isolates: they reorder what the eye reads. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** The console's last line of defence: keeps newlines, tabs and a leading \r (the progress line). */
export function stripControls(text: string): string {
  const lead = text.startsWith("\r") ? "\r" : "";
  const body = lead ? text.slice(1) : text;
  // A \r inside text would overwrite the line on a terminal; a trailing "\r" (clearing progress) is kept.
  const trail = body.endsWith("\r") ? "\r" : "";
  const core = trail ? body.slice(0, -1) : body;
  return lead + core.replace(ESCAPES, "").replace(CONTROLS, "").replace(BIDI, "") + trail;
}

/** A cell's text on one line, without controls, at most `width` characters (… when cut). */
export function cellText(text: string, width = 60): string {
  const flat = text
    .replace(ESCAPES, "")
    .replace(/[\r\n\t]+/g, " ")
    .replace(CONTROLS, "")
    .replace(BIDI, "");
  const chars = [...flat];
  return chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : flat;
}
