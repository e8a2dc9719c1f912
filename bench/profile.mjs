// node bench/profile.mjs [query] — where the thread's first render spends its time, from Chromium's sampling
// profiler (CDP): the bench page (bench/thread.bench.ts, unminified with a source map) records its first
// render with console.profile(); self time is summed by module (node_modules package or source file), by
// function, and by the nearest Majlis module on the stack, and averaged over PROFILE_RUNS fresh loads. `(program)` is the browser's own work outside
// script: style, layout, parsing HTML; the trace's rendering events (style recalculation, layout, paint, the
// frames drawn while the render waits) are summed between the page's marks too. Default query: the 100-answer thread, page size 10; add `&baseline`
// for the hand-written DOM.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { bundle, launch, serve } from './harness.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const query = process.argv[2] ?? '?answers=100&page=10';

const script = await bundle('./thread.bench.ts', { profile: true });
const map = new TraceMap(JSON.parse(Buffer.from(script.slice(script.lastIndexOf('base64,') + 7).trim(), 'base64').toString()));

/** `lit-html`, `marked`, `src/core/markdown.ts` …: what a sample's function belongs to. */
function moduleOf(frame) {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (!frame.url.endsWith('/bench.js')) return frame.url;
  const { source } = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!source) return '(bench bundle)';
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? pkg[1] : source.replace(/^(\.\.\/)+/, '');
}

const add = (map, key, time) => map.set(key, (map.get(key) ?? 0) + time);

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const self = new Map();
  profile.samples.forEach((id, i) => add(self, id, (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const modules = new Map();
  const functions = new Map();
  const callers = new Map();
  for (const [id, time] of self) {
    const frame = byId.get(id).callFrame;
    const module = moduleOf(frame);
    add(modules, module, time);
    add(functions, `${frame.functionName || '(anonymous)'}  ${module}`, time);
    add(callers, nearestSource(id, byId, parents) ?? module, time);
  }
  return { modules, functions, callers, total: (profile.endTime - profile.startTime) / 1000 };
}

/** The nearest Majlis or bench module on the stack: who asked for the work (Lit's, marked's, the DOM's). */
function nearestSource(id, byId, parents) {
  for (let node = id; node !== undefined; node = parents.get(node)) {
    const module = moduleOf(byId.get(node).callFrame);
    if (module.startsWith('src/') || module.startsWith('bench/')) return module;
  }
  return undefined;
}

const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseAuthorStyleSheet', 'ParseHTML', 'HitTest'];

/** Milliseconds of each rendering event between the page's marks, and the number of frames begun. */
function renderingTimes(events) {
  const mark = (name) => events.find((event) => event.name === name)?.ts;
  const [start, end] = [mark('firstRender:start'), mark('firstRender:end')];
  const times = new Map();
  for (const event of events) {
    if (event.ts < start || event.ts > end) continue;
    if (event.ph === 'X' && RENDERING.includes(event.name)) times.set(event.name, (times.get(event.name) ?? 0) + event.dur / 1000);
    if (event.name === 'BeginMainThreadFrame') times.set('frames begun (count)', (times.get('frames begun (count)') ?? 0) + 1);
  }
  return times;
}

const browser = await launch();
const runs = [];
try {
  await serve(script, async (url) => {
    for (let i = 0; i < RUNS; i++) {
      const tab = await browser.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', ({ profile }) => resolve(profile)));
      await tab.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
      await tab.goto(`${url}${query}&profile`);
      const times = selfTimes(await finished);
      await tab.waitForFunction('window.__bench', { timeout: 60_000 });
      times.rendering = renderingTimes(JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents);
      runs.push(times);
      await tab.close();
    }
  });
} finally {
  await browser.close();
}

function print(title, key) {
  const sums = new Map();
  for (const run of runs) for (const [name, time] of run[key]) sums.set(name, (sums.get(name) ?? 0) + time / runs.length);
  const total = runs.reduce((sum, run) => sum + run.total, 0) / runs.length;
  console.log(`${title} (mean of ${runs.length} loads, ${total.toFixed(1)} ms profiled):`);
  for (const [name, time] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${time.toFixed(1).padStart(6)} ms  ${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}

console.log(`First render of bench/thread.bench.ts${query}`);
print('Self time by module', 'modules');
print('Self time by function', 'functions');
print('Time by the nearest Majlis module on the stack (library and DOM work counted to the module that asked)', 'callers');
print('Rendering (trace events between the marks; may overlap script self time where script forced it)', 'rendering');
