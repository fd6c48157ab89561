// The root tsconfig uses `moduleResolution: node`, which ignores package `exports`; esbuild
// resolves 'vscode-languageclient/node' through them. This maps the subpath for the type checker.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
