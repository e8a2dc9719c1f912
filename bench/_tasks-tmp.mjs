import { bundle, launch, serve } from './harness.mjs';
const script = await bundle('./thread.bench.ts');
const browser = await launch();
const q = process.argv[2];
await serve(script, async (url) => {
  for (let i = 0; i < 2; i++) {
    const tab = await browser.newPage();
    await tab.tracing.start({ categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
    await tab.goto(url + q);
    await tab.waitForFunction('window.__bench', { timeout: 60000 });
    const ev = JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents;
    const start = ev.find((e) => e.name === 'firstRender:start'), end = ev.find((e) => e.name === 'firstRender:end');
    if (i === 0) { await tab.close(); continue; }
    console.log(JSON.stringify(await tab.evaluate('window.__bench')));
    const tasks = ev.filter((e) => e.tid === start.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur > start.ts && e.ts < end.ts);
    let prev = start.ts;
    for (const t of tasks) {
      const kids = ev.filter((e) => e.tid === start.tid && e.ph === 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 300 && e.name !== 'ThreadControllerImpl::RunTask').map((e) => `${e.name}${e.args?.data?.url ? '' : ''} ${(e.dur/1000).toFixed(1)}`).slice(0, 10);
      if (t.dur > 500 || t.ts - prev > 3000) console.log(`+${((t.ts - start.ts)/1000).toFixed(1)} gap ${((t.ts-prev)/1000).toFixed(1)} dur ${(t.dur/1000).toFixed(1)} ${kids.join(', ')}`);
      prev = t.ts + t.dur;
    }
    console.log('end', ((end.ts - start.ts)/1000).toFixed(1));
    await tab.close();
  }
});
await browser.close();
