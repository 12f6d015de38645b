/**
 * Use case: a new scoring sheet from a criteria set. Its own module so that the template builder
 * loads with the Tạo bảng panel (a lazy chunk in the panes), not with the pane's first load.
 */
import { buildTemplate } from "../template/build-template";
import type { Lang } from "../messages/lang";
import { step, type Flow } from "./awaitable";
import { templateSet } from "./criteria-sets";
import type { TemplatePort, WorkbookPort } from "./port";
import type { TemplateRequest } from "./service-contract";

/** A new scoring sheet for a unit, from the requested set; the port adds it under a free name. */
export function* makeTemplate(
  port: WorkbookPort & TemplatePort,
  request: TemplateRequest,
  lang: Lang,
): Flow<{ sheet: string }> {
  const set = yield* templateSet(port, request, lang);
  const spec = buildTemplate(set, {
    unit: request.unit,
    unitType: request.unitType ?? null,
    year: request.year ?? set.year,
    lang,
  });
  return { sheet: yield* step(port.addTemplate(spec, set.id)) };
}
