/**
 * The fake google.script.run injected into the sidebar page (as plain JavaScript: it runs in the
 * browser, not through the test's transform). Replies come from canned JSON after a short
 * delay; every call is recorded in window.__runCalls; arguments must be JSON (a Date or a
 * function fails the call, as on Google's side).
 */
export interface PageRunConfig {
  /** Function name → the JSON it returns. */
  replies: Record<string, unknown>;
  /** Function name → an error message it fails with. */
  failures?: Record<string, string>;
  latencyMs?: number;
}

export const FAKE_RUN_SCRIPT = `
window.__installFakeRun = function (config) {
  window.__runCalls = [];
  function wireSafe(v) {
    if (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "undefined") return true;
    if (typeof v === "number") return isFinite(v);
    if (typeof v === "function" || v instanceof Date) return false;
    if (Array.isArray(v)) return v.every(wireSafe);
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    return Object.keys(v).every(function (k) { return wireSafe(v[k]); });
  }
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === "withSuccessHandler") return function (f) { return runner(f, fail); };
        if (name === "withFailureHandler") return function (f) { return runner(ok, f); };
        if (typeof name !== "string" || !(name in config.replies)) return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          if (!wireSafe(args)) throw new Error("Failed due to illegal value in property: 0");
          window.__runCalls.push({ name: name, args: JSON.parse(JSON.stringify(args)) });
          setTimeout(function () {
            var failure = config.failures && config.failures[name];
            if (failure) { if (fail) fail(new Error(failure)); return; }
            if (ok) ok(JSON.parse(JSON.stringify(config.replies[name] === undefined ? null : config.replies[name])));
          }, config.latencyMs || 30);
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
  Object.defineProperty(window.google.script, "run", { get: function () { return runner(null, null); } });
};
`;
