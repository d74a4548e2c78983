// The layering rules of docs/architecture.md, enforced with ESLint's own
// no-restricted-imports (test: apps/api/test/layers.test.ts lints wrong imports).

const OTHER_FEATURE_INTERNALS = {
  // `../other/file` from a feature's own file: another feature's internals. `../other` (its index) is fine.
  regex: "^\\.\\./[^./][^/]*/",
  message: "Import another feature through its index (`../<feature>`), not its internal files.",
};
const OTHER_FEATURE_INTERNALS_FROM_SUBFOLDER = {
  regex: "^\\.\\./\\.\\./[^./][^/]*/",
  message: "Import another feature through its index (`../../<feature>`), not its internal files.",
};

export const layerRules = [
  {
    files: ["apps/api/src/graphql/**/*.ts", "apps/api/src/db/**/*.ts", "apps/api/src/http/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)modules(/|$)", message: "Infrastructure (graphql/, db/, http/) never imports a feature module: take what you need as input." }] }],
    },
  },
  {
    files: ["apps/api/src/modules/*/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [OTHER_FEATURE_INTERNALS] }] },
  },
  {
    files: ["apps/api/src/modules/*/*/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [OTHER_FEATURE_INTERNALS_FROM_SUBFOLDER, { regex: "^\\.\\./\\.\\./\\.\\./modules/", message: "Stay inside the feature or use another feature's index." }] }] },
  },
  {
    files: ["packages/*/src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)apps/|^@ascent/(api|console)$", message: "Shared packages never import an app." }] }] },
  },
  {
    files: ["apps/console/src/components/**/*.{ts,tsx}", "apps/console/src/lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)features(/|$)", message: "components/ and lib/ never import a feature." }] }] },
  },
  {
    files: ["apps/console/src/features/*/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ ...OTHER_FEATURE_INTERNALS, message: "Import another console feature through its index (`../<feature>`)." }] }] },
  },
];
