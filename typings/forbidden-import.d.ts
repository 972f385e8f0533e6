// Import rules enforced by the compiler (STYLE.md, after VS Code's layers). Each tsconfig maps
// the modules its layer must not use to this file, which exports nothing, so such an import
// fails `npm run typecheck` with "has no exported member" or "is not a module".
export {}
