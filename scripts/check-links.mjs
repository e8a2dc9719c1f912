// Every internal link of the documentation site resolves: each href/src of each generated page names a file of
// docs-site/, and each #fragment an id of the page it points at. `node scripts/check-links.mjs` (after
// `npm run docs`); test/lint/docs-links.test.mjs runs it in `npm run lint`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT } from './docs.mjs';

const decode = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The problems of the site in `dir`: `{ page, href, problem }`, empty when every link resolves. */
export function checkLinks(dir = OUT) {
  const pages = htmlFiles(dir).map((file) => relative(dir, file).split(sep).join('/'));
  const html = new Map(pages.map((page) => [page, readFileSync(join(dir, page), 'utf8')]));
  const idsOf = new Map();
  const ids = (page) => {
    if (!idsOf.has(page)) {
      const found = [...html.get(page).matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1]));
      const duplicates = found.filter((id, index) => found.indexOf(id) !== index);
      if (duplicates.length) problems.push({ page, href: `#${duplicates[0]}`, problem: 'duplicate id' });
      idsOf.set(page, new Set(found));
    }
    return idsOf.get(page);
  };
  const problems = [];
  let links = 0;
  for (const [page, source] of html) {
    ids(page);
    for (const [, , raw] of source.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const href = decode(raw);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // another site: not ours to check
      links += 1;
      const [path, fragment] = href.split('#');
      const target = path ? posix.normalize(posix.join(posix.dirname(page), path)) : page;
      if (target.startsWith('..') || !existsSync(join(dir, target)) || !statSync(join(dir, target)).isFile()) {
        problems.push({ page, href, problem: 'missing file' });
      } else if (fragment && (!html.has(target) || !ids(target).has(decodeURIComponent(fragment)))) {
        problems.push({ page, href, problem: 'missing anchor' });
      }
    }
  }
  return { pages: pages.length, links, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { pages, links, problems } = checkLinks();
  for (const { page, href, problem } of problems) console.error(`${page}: ${href} (${problem})`);
  console.log(`${pages} pages, ${links} internal links, ${problems.length} broken`);
  process.exitCode = problems.length ? 1 : 0;
}
