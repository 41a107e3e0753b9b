// Lint rules: typescript-eslint's recommended set over source, tests and scripts.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.tap/', 'node_modules/', 'migrations/', 'examples/api.d.ts', 'test/e2e/artifacts/', 'bench/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Plain JavaScript runs on Node: its globals, as TypeScript files get them from @types/node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', setInterval: 'readonly', console: 'readonly' } }
  },
  {
    // The site's script runs in the browser, as a classic script.
    files: ['site/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(['document', 'location', 'history', 'sessionStorage', 'fetch', 'URLSearchParams', 'FormData', 'Intl', 'getSelection', 'addEventListener', 'setTimeout', 'clearTimeout', 'AbortController'].map((name) => [name, 'readonly']))
    }
  },
  {
    // Tests inspect JSON bodies whose shape is what they assert.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
