// One jest run for every workspace. TypeScript is transformed by @swc/jest, which does not
// depend on the compiler's version (type-checking is `tsc -b`, run before jest by `npm test`).
/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  roots: [
    "<rootDir>/scoring-core",
    "<rootDir>/xlsx-grid",
    "<rootDir>/scoring-ui",
    "<rootDir>/excel-addin",
    "<rootDir>/sheets-addon",
    "<rootDir>/cli",
  ],
  testMatch: ["**/test/**/*.test.ts", "**/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/build/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: {
    "^@cchc/scoring-core$": "<rootDir>/scoring-core/src/index.ts",
    "^@cchc/scoring-core/province$": "<rootDir>/scoring-core/src/province/index.ts",
    "^@cchc/scoring-core/workflow$": "<rootDir>/scoring-core/src/workflow/index.ts",
    "^@cchc/scoring-ui$": "<rootDir>/scoring-ui/src/index.ts",
    "^@cchc/scoring-ui/hand-out$": "<rootDir>/scoring-ui/src/panels/hand-out/index.ts",
    "^@cchc/xlsx-grid$": "<rootDir>/xlsx-grid/src/index.ts",
    "^@cchc/xlsx-grid/docx$": "<rootDir>/xlsx-grid/src/docx/render-report.ts",
    "^@cchc/test-kit$": "<rootDir>/test-kit/src/index.ts",
    "^@cchc/test-kit/browser$": "<rootDir>/test-kit/src/browser.ts",
    "^@cchc/test-kit/golden$": "<rootDir>/test-kit/src/golden/index.ts",
  },
  testTimeout: 60000,
};
