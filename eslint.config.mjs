import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { layerRules } from "./eslint.layers.mjs";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/dist/**", "**/generated/**", ".ascent/**", "**/.turbo/**", "apps/console/e2e/artifacts/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      // type-graphql resolvers and containers are keyed by class constructors
      "@typescript-eslint/no-unsafe-function-type": "off",
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      // Features widen shared interfaces (Loaders, SignedInUser) by declaration merging.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["scripts/**", "apps/*/scripts/**", "bench/**", "**/*.config.*", "**/e2e/**", "**/examples/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["apps/console/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Layers: infrastructure never imports a feature; features use each other only through what they export.
  ...layerRules,
);
