// typescript-eslint, strict and type-aware, over every TypeScript file in the workspace.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "tmp/**", ".stryker-tmp*/**", "reports/**", "**/*.mjs", "**/*.cjs", "packages/cli/bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
      // Leaving a field out with a rest pattern is how we omit it from a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // @costplan/core runs in a browser (the Excel add-in bundles it): no Node modules, no Node globals.
    files: ["packages/core/src/**/*.ts"],
    // testing/ is test support (never exported or bundled), so it may read fixtures from disk like the tests.
    ignores: ["packages/core/src/**/*.test.ts", "packages/core/src/**/*.test-prop.ts", "packages/core/src/**/*.test-d.ts", "packages/core/src/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "@costplan/core runs in a browser: keep Node modules in the outer packages." },
            {
              regex:
                "^(assert|buffer|child_process|crypto|events|fs|fs/promises|http|https|module|net|os|path|process|" +
                "stream|timers|tty|url|util|worker_threads|zlib)$",
              message: "@costplan/core runs in a browser: keep Node modules in the outer packages.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "require", "module", "exports", "__dirname", "__filename", "global", "setImmediate", "clearImmediate"].map((name) => ({
          name,
          message: `${name} is a Node global; @costplan/core runs in a browser.`,
        })),
      ],
    },
  },
  {
    // The add-in's browser code sees the DOM and Office's globals, not Node's.
    files: ["addin/src/**/*.ts"],
    ignores: ["addin/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^node:", message: "the add-in runs in Excel's browser runtime." }] }],
    },
  },
);
