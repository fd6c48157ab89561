// Imported first by the bench's entry points: takes out of this process's environment (and so of
// every child's) the variables that change what a Node process does at start-up and that a lead's
// or a CI machine's environment does not normally carry. NODE_EXTRA_CA_CERTS, set on this machine
// for its npm proxy, makes Node 20 read and parse the whole CA bundle at every start (144
// certificates, 35 ms of a 50 ms `node -e 0`; Node 24 reads it on first use). No job of the bench
// opens a TLS connection. HUASHU_BENCH_KEEP_ENV=1 keeps the environment as it is.
export const REMOVED = [];
if (process.env.HUASHU_BENCH_KEEP_ENV !== '1') {
  for (const name of ['NODE_EXTRA_CA_CERTS']) {
    if (process.env[name] === undefined) continue;
    REMOVED.push(name);
    delete process.env[name];
  }
}
