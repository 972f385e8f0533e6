// Import rules enforced by the compiler (STYLE.md, after VS Code's layers). Each tsconfig maps
// the modules its layer must not use to this file, which exports nothing, so such an import
// fails `npm run typecheck` ("has no exported member", "has no default export").
// A .ts file, not a .d.ts: TypeScript lets a default import through from any declaration file.
export {}
