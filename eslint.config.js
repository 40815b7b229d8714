import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const nodeBuiltins = {
  group: ['node:*'],
  message: 'Node built-ins belong in electron/ only.',
}
const electronModule = {
  name: 'electron',
  message: 'Only electron/ may import electron.',
}

/**
 * The layering of docs/ARCHITECTURE.md §1, enforced per folder: shared/ is pure, renderer/ never
 * reaches Node or Electron, only the preload touches ipcRenderer and only ipc.ts touches ipcMain.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'test-results/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronModule,
            { name: 'lowdb', message: 'shared/ does no I/O.' },
            { name: 'react', message: 'shared/ has no UI.' },
            { name: 'prosemirror-view', message: 'shared/ has no DOM.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronModule,
            { name: 'lowdb', message: 'The store lives in the main process.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'renderer/ talks to main through window.api only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The application layer (renderer/app/) is the only code that calls the API: components get
    // data and callbacks from its services (the Hypothesis client's service-context).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/app/**', 'renderer/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronModule,
            { name: 'lowdb', message: 'The store lives in the main process.' },
          ],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'renderer/ talks to main through window.api only.',
            },
            {
              regex: '(^|/)api$',
              importNames: ['getApi'],
              message: 'Only renderer/app/ calls the API: use a service (useServices()).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The main process has no UI.' },
            { name: 'prosemirror-view', message: 'The main process has no DOM.' },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main never imports renderer/.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Only electron/main/ipc.ts touches ipcMain.',
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The Node tier: everything with logic that the app and the CLI share. It runs under plain
    // Node, so it never reaches Electron, the UI or the Electron glue above it (VS Code's
    // `node` layer below `electron-main`).
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/core/ runs under plain Node: no electron.' },
            { name: 'react', message: 'electron/core/ has no UI.' },
            { name: 'prosemirror-view', message: 'electron/core/ has no DOM.' },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/core/ never imports renderer/.' },
            {
              group: ['**/main/**', '**/cli/**', '**/preload/**'],
              message: 'electron/core/ is below the Electron glue and the CLI: it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI depends on the Node tier alone.
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The CLI runs under plain Node.' },
            { name: 'react', message: 'The CLI has no UI.' },
            { name: 'prosemirror-view', message: 'The CLI has no DOM.' },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'The CLI never imports renderer/.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The CLI depends on electron/core/ only, never on the Electron glue.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|(\\.\\./)+shared/ipc/).*',
              message: 'The preload imports only electron and shared/ipc/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: ['electron/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only electron/preload/index.ts touches ipcRenderer.',
        },
      ],
    },
  },
  {
    // window.api is read by renderer/api.ts alone, and getApi() is called only under renderer/app/.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/app/**', 'renderer/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only electron/preload/index.ts touches ipcRenderer.',
        },
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only renderer/api.ts reads window.api; components use services.',
        },
        {
          selector: "CallExpression[callee.name='getApi']",
          message: 'Only renderer/app/ calls getApi(): use a service (useServices()).',
        },
      ],
    },
  },
)
