/** notice.html beside the ribbon's page, with the message in the hash (never sent to the server). */
export function noticeUrl(base: string, ok: boolean, message: string): string {
  return `${new URL("notice.html", base).href}#${ok ? "i" : "e"}=${encodeURIComponent(message)}`;
}
