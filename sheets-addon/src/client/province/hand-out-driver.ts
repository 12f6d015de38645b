/**
 * The Phát bảng panel's driver in the Sở's sidebar: the chunked runHandOut loop over
 * provinceHandOut, with a call that fails (a stopped script, no permission) told in the
 * sidebar's words. A unit that fails inside a chunk is not an error: it is listed.
 */
import { pickLang, type Lang } from "@cchc/scoring-core";
import { ServiceError, type HandOutDriver } from "@cchc/scoring-ui";
import { classifyError, errorMessage } from "../../shared/errors";
import type { ProvinceClient } from "./api";
import { runHandOut } from "./run-hand-out";

export function handOutDriver(
  client: Pick<ProvinceClient, "provinceHandOut">,
  locale: () => string,
): HandOutDriver {
  return {
    async run(onProgress, signal) {
      try {
        const r = await runHandOut(client, { onProgress, signal });
        return {
          ...r,
          failures: r.failures.map((f) => ({ unit: f.unit, reason: f.reason })),
        };
      } catch (e) {
        const lang: Lang = pickLang(locale());
        const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
        const { message, hint } = errorMessage(code, detail, lang);
        throw new ServiceError(message, hint, code);
      }
    },
  };
}
