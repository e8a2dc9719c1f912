// npm run test:examples (part of `npm test`): the framework examples (examples/react, vue, svelte, angular), as
// `npm run examples:build` built them, each in headless Chromium: the Majlis elements are registered, the `adapter`
// the framework set as a property reached <majlis-community> (its thread shows the seeded question and answers), and
// kudos given with a click reach the framework's own handler (the page shows the event's sentence). No failed
// request and no console error either.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startBundleBrowser, threadReadable } from './bundle-page.mjs';

const EXAMPLES = ['react', 'vue', 'svelte', 'angular'];
const missing = EXAMPLES.filter((name) => !existsSync(join(root, `examples/${name}/dist/index.html`)));
if (missing.length) {
  console.error(`examples/{${missing.join(',')}}/dist is missing: run \`npm run examples:build\` first.`);
  process.exit(1);
}
const seed = JSON.parse(readFileSync(join(root, 'demo/seed.json'), 'utf8'));
const title = seed.questions.find((question) => question.id === 'q-1').title;
const posts = 1 + seed.answers.filter((answer) => answer.questionId === 'q-1').length;

const browser = await startBundleBrowser({ bundle: false });
const failures = [];
try {
  for (const name of EXAMPLES) {
    const before = browser.problems.length;
    const problems = [];
    try {
      const { tab } = await browser.open(`/examples/${name}/dist/index.html`);
      const shown = await threadReadable(tab, { posts });
      if (shown.title !== title) problems.push(`the thread shows "${shown.title}", expected "${title}"`);
      const undefinedTags = await tab.evaluate(() =>
        ['majlis-community', 'majlis-thread', 'majlis-post', 'majlis-composer'].filter((tag) => !globalThis.customElements.get(tag)),
      );
      if (undefinedTags.length) problems.push(`not registered: ${undefinedTags.join(', ')}`);
      // The first answer's kudos toggle, through the community's, the thread's and the post's shadow roots.
      const kudos = await tab.$$('majlis-community >>> majlis-thread >>> majlis-post >>> [part~="vote-button"]');
      await kudos[1].click();
      const handled = await tab
        .waitForFunction(() => /^Kudos given to answer a-\d+ \(\d+ now\)$/.test(document.getElementById('last-event')?.textContent?.trim() ?? ''), { timeout: 5_000 })
        .then((handle) => handle.evaluate(() => document.getElementById('last-event').textContent.trim()))
        .catch(() => null);
      if (!handled) problems.push('the kudos event did not reach the framework handler (the page does not show it)');
      else console.log(`${name}: thread of ${shown.posts} posts from the adapter property; handler saw "${handled}"`);
      await tab.close();
    } catch (error) {
      problems.push(String(error));
    }
    problems.push(...browser.problems.slice(before));
    if (problems.length) failures.push(`${name}:\n  - ${problems.join('\n  - ')}`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`framework examples failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`framework examples (${EXAMPLES.join(', ')}): ok`);
