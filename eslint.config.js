// ESLint (flat config) with typescript-eslint's recommended rules, tuned to the house style on
// purpose where noted. `npm run lint` runs it and Prettier's check; .ci/run runs `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-tools/**', 'node_modules/**', 'training/out/**', 'training/data/**', 'models/**', 'tests/fuzz-corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      // The code asserts non-null after an explicit bounds or presence check (tokens[i]!, m[1]!);
      // noUncheckedIndexedAccess is on, so the assertion is the documented escape, not a smell.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `_`-prefixed names mark parameters and bindings kept for a signature's shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters in regexes are deliberate: junk and binary detection match them.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and benchmarks may use `any` for fixtures built by hand and loosely typed peers.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
