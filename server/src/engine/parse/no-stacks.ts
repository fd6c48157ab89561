/**
 * Runs `fn` with V8's stack traces off (`Error.stackTraceLimit = 0`), then puts the limit back.
 * The `yaml` package makes an Error (a YAMLParseError) for every problem it meets, and each one
 * captured the stack of the recursive parser it was made in; the engine reads their codes,
 * messages and positions, never their stacks. In the language server's load test, documents
 * typed into with quotes and colons left open spent a quarter of the server's time in that
 * constructor (bench/README.md, thirty-third round).
 */
export function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
