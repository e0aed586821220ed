// G11: untrusted text never becomes HTML or code. no-unsanitized forbids innerHTML, outerHTML,
// insertAdjacentHTML, document.write/writeln and friends; no-eval, no-implied-eval and
// no-new-func forbid code from strings. The rules below make the Node tests and the playground
// (server/tactful/web, which also loads lib/) follow the same rules.
import globals from "globals";
import noUnsanitized from "eslint-plugin-no-unsanitized";

export default [
  { ignores: ["**/node_modules/**"] },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.webextensions },
    },
    plugins: { "no-unsanitized": noUnsanitized },
    rules: {
      // import(chrome.runtime.getURL(...)) loads the extension's own packaged module, nothing remote.
      "no-unsanitized/method": ["error", { escape: { methods: ["chrome.runtime.getURL"] } }],
      "no-unsanitized/property": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build nodes; set textContent (G11)." },
        { property: "outerHTML", message: "Build nodes; set textContent (G11)." },
        { property: "insertAdjacentHTML", message: "Build nodes (G11)." },
        { property: "createContextualFragment", message: "Build nodes (G11)." },
        { object: "document", property: "write", message: "Build nodes (G11)." },
        { object: "document", property: "writeln", message: "Build nodes (G11)." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: "No innerHTML (G11)." },
        { selector: "NewExpression[callee.name='Function']", message: "No new Function (G11)." },
      ],
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-undef": "error",
    },
  },
  {
    files: ["**/test/**/*.mjs", "**/eslint.config.js"],
    languageOptions: { globals: { ...globals.node } },
    // The tests carry javascript: URLs as XSS payloads, as data.
    rules: { "no-script-url": "off" },
  },
];
