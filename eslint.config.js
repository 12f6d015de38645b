import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Import boundaries between workspaces (docs/architecture.md). A workspace reaches another only
// through its package name and public entry points (@cchc/scoring-core, …/workflow, …/province),
// never by a path into its folders; the core imports no other workspace; host code that runs on
// the server side never pulls in the React package.
const WORKSPACES = "scoring-core|test-kit|xlsx-grid|scoring-ui|excel-addin|sheets-addon|cli";
const NO_PATH_INTO_WORKSPACE = {
  // Tests may still share the core's grid fixtures by path until they move to test-kit.
  regex: `^(\\.\\./)+(?!scoring-core/test/fixtures/)(${WORKSPACES})/`,
  message: "Import another workspace by its package name (@cchc/…), never by a path into its folder.",
};
const NO_DEEP_PACKAGE_IMPORT = {
  regex: "^@cchc/[^/]+/(src|test|bench|scripts)(/|$)",
  message: "Use the workspace's public entry points (package.json exports), not its files.",
};
const NO_REACT_ON_SERVER = {
  group: ["@cchc/scoring-ui", "@cchc/scoring-ui/*", "react", "react-dom", "@fluentui/*"],
  message:
    "Server and service code must not pull in the UI: the service contract is @cchc/scoring-core/workflow.",
};
const boundaries = (...extra) => [
  "error",
  { patterns: [NO_PATH_INTO_WORKSPACE, NO_DEEP_PACKAGE_IMPORT, ...extra] },
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/build/**", "cli/samples/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // The core runs in browsers, Node and Apps Script: no host or Node globals.
    files: ["scoring-core/src/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "SpreadsheetApp",
        "HtmlService",
        "google",
        "process",
        "Buffer",
        "require",
        "window",
        "document",
      ],
    },
  },
  {
    files: ["excel-addin/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["scoring-ui/**/*.{ts,tsx}", "excel-addin/**/*.{ts,tsx}", "sheets-addon/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/test/**", "**/bench/**", "**/scripts/**", "cli/**", "*.js", ".ci/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  { files: ["**/*.{ts,tsx,js,mjs}"], rules: { "no-restricted-imports": boundaries() } },
  {
    // The core is the ground floor: it imports no other workspace (and no UI).
    files: ["scoring-core/src/**/*.ts"],
    rules: {
      "no-restricted-imports": boundaries(
        { group: ["@cchc/*"], message: "scoring-core imports no other workspace." },
        NO_REACT_ON_SERVER,
      ),
    },
  },
  {
    files: [
      "sheets-addon/src/server/**/*.ts",
      "sheets-addon/src/shared/**/*.ts",
      "excel-addin/src/service/**/*.ts",
      "excel-addin/src/host/**/*.ts",
      "excel-addin/src/commands/**/*.ts",
      "test-kit/src/**/*.ts",
      "xlsx-grid/src/**/*.ts",
      "cli/src/**/*.ts",
    ],
    rules: { "no-restricted-imports": boundaries(NO_REACT_ON_SERVER) },
  },
);
