/**
 * Loading a criteria-set file: zod decides whether it is a set at all (each problem becomes a
 * set-schema issue naming its path, e.g. "fields[2].children[0].max"); a set that parses is then
 * checked for sums, counts, codes and rules, which are reported but do not stop the load.
 */
import type { z } from "zod";
import type { Lang } from "../messages/lang";
import { makeIssue, type Issue } from "../issues/issue";
import { CriteriaSetSchema, type CriteriaSet } from "./schema";
import { protoKeyPath } from "../keys/proto-key";
import { validateCriteriaSet } from "./validate-set";

export type LoadSetResult = { ok: true; set: CriteriaSet; issues: Issue[] } | { ok: false; issues: Issue[] };

/** "fields[2].children[0].max"; the root is "(gốc)"/"(root)". */
export function formatZodPath(path: readonly PropertyKey[], lang: Lang): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? (lang === "vi" ? "(gốc)" : "(root)") : out;
}

const TYPE_VI: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "đúng/sai",
  array: "danh sách",
  object: "đối tượng",
  undefined: "không có giá trị",
  null: "null",
};

/** A zod problem in the user's language (zod's own messages are English). */
export function zodReason(issue: z.core.$ZodIssue, lang: Lang): string {
  if (lang === "en") return issue.message;
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(i["expected"] ?? "");
      return `cần ${TYPE_VI[expected] ?? expected}`;
    }
    case "too_small":
      return i["origin"] === "array"
        ? `cần ít nhất ${String(i["minimum"])} phần tử`
        : `nhỏ hơn mức tối thiểu ${String(i["minimum"])}`;
    case "too_big":
      return i["origin"] === "array"
        ? `nhiều hơn ${String(i["maximum"])} phần tử`
        : `lớn hơn mức tối đa ${String(i["maximum"])}`;
    case "invalid_value":
      return `giá trị không được phép (cho phép: ${(i["values"] as unknown[] | undefined)?.map(String).join(", ") ?? ""})`;
    case "invalid_format":
      return issue.message.startsWith("code like") ? "mã phải có dạng 1, 1.2 hoặc 1.2.3" : "sai định dạng";
    case "unrecognized_keys":
      return `có khóa không được hỗ trợ: ${(i["keys"] as string[] | undefined)?.join(", ") ?? ""}`;
    case "invalid_union":
      return "không khớp kiểu nào được hỗ trợ (ví dụ: kind của cách tính điểm)";
    default:
      return issue.message;
  }
}

/** Parses a decoded JSON value (a JSON string is decoded first) into a criteria set. */
export function loadCriteriaSet(json: unknown, lang: Lang = "vi"): LoadSetResult {
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json) as unknown;
    } catch (e) {
      const reason =
        lang === "vi"
          ? "không phải JSON hợp lệ"
          : `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
      return {
        ok: false,
        issues: [makeIssue("set-schema", { params: { path: formatZodPath([], lang), reason } }, lang)],
      };
    }
  }
  const reserved = protoKeyPath(input);
  if (reserved !== null) {
    const reason =
      lang === "vi"
        ? 'tên "__proto__" không dùng được làm khóa (JavaScript dành riêng tên này); hãy đổi tên khác'
        : 'the name "__proto__" cannot be used as a key (JavaScript reserves it); use another name';
    return {
      ok: false,
      issues: [makeIssue("set-schema", { params: { path: formatZodPath(reserved, lang), reason } }, lang)],
    };
  }
  const parsed = CriteriaSetSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      makeIssue(
        "set-schema",
        { params: { path: formatZodPath(issue.path, lang), reason: zodReason(issue, lang) } },
        lang,
      ),
    );
    return { ok: false, issues };
  }
  return { ok: true, set: parsed.data, issues: validateCriteriaSet(parsed.data, lang) };
}
