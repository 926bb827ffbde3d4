// ESLint with typescript-eslint's type-checked rules over the whole TypeScript tree (`npm run lint`).
// Each rule turned off or changed below fights a deliberate choice of this code base, and says which.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.cache/', 'node_modules/', 'media/', 'test-results/', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Rules share one signature, check(zone, options); a rule that needs no options names it `_options`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Large libraries (tldts, postal-mime, dns2, worker_threads) are required on first use, not at activation:
      // see docs/decisions/load-on-demand.md.
      '@typescript-eslint/no-require-imports': 'off',
      // CLI commands and VS Code callbacks implement interfaces that return promises, whether or not they wait.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // node:test's describe() and test() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests read the CLI's JSON output and package.json, whose shape is what they assert on.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
