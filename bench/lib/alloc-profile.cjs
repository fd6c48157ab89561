/**
 * Preload (`node -r ./bench/lib/alloc-profile.cjs dist/cli.js lint …`): samples every allocation of
 * the run, short-lived objects included (V8's sampling heap profiler with the objects collected
 * by scavenges and full collections kept), and writes the profile at exit to
 * $HUASHU_ALLOC_PROFILE (default alloc.heapprofile). `node bench/lib/alloc-summary.mjs FILE`
 * lists where the bytes were allocated. `node --heap-prof` keeps only what is live at the end.
 * HUASHU_ALLOC_SURVIVORS=1 leaves out the objects that died in a scavenge: what is left is what
 * the young generation promoted (whether a full collection took it later or not) and what is
 * live at the end, the objects whose copying is the scavenges' cost.
 */
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !process.env.HUASHU_ALLOC_SURVIVORS });
process.on('exit', () => {
  session.post('HeapProfiler.stopSampling', (err, r) => {
    if (!err) fs.writeFileSync(process.env.HUASHU_ALLOC_PROFILE || 'alloc.heapprofile', JSON.stringify(r.profile));
  });
});
