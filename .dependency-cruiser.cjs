/**
 * The layers `npm run check` enforces (issue 9): no import cycles between files, and the platform
 * never imports a module — modules are gathered by their manifests and handed to the platform.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle ties files together so neither can change or load alone; move the shared piece down a layer, or subscribe to an event.',
      severity: 'error',
      from: {},
      // A cycle made only of `import type` is erased at compile time (AppDeps ⇄ the module registry's types);
      // one through a lazy `import()` loads on demand, after both ends (a feature's lazy page reading the feature list).
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Two modules (folders) that import each other are one module in disguise; the one that reacts subscribes to the other\'s event, or the shared piece moves to the platform.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'platform-imports-no-module',
      comment: 'src/platform is the layer below the modules; it learns of them only through the manifests handed to it.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'web-app-imports-no-feature',
      comment: 'web/src/app is the shell; it knows the features only through their list, web/src/features/index.ts.',
      severity: 'error',
      from: { path: '^web/src/app/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests are leaves: they may import any layer (a fixture of the seed, the whole module list).
    // A module's `*.permissions.ts` holds only its permission codes, the vocabulary every module's policy may name
    // (money's custody counts who holds `orders.pay`); it imports nothing but platform types, as
    // src/modules/module-list.test.ts checks, so naming another module's codes makes no cycle.
    exclude: { path: '((^|/)(node_modules|dist|web/dist)/|\\.test\\.tsx?$|^src/modules/[^/]+/[^/]+\\.permissions\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
