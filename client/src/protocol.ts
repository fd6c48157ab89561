/** The custom protocol shared with the language server (types and method names only). */
export * from '../../server/src/lsp/protocol';
