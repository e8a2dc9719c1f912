// `npm run docs:serve`: serves docs-site/ (built by `npm run docs`) and prints its URL. PORT and HOST choose where.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { OUT } from './docs.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.map': 'application/json', '.svg': 'image/svg+xml',
};
const port = Number(process.env.PORT ?? 4180);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(OUT, 'index.html'))) {
  console.error('docs-site/ is not built: run `npm run docs` first');
  process.exit(1);
}

createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(OUT, path));
  if (!file.startsWith(OUT + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
}).listen(port, host, () => console.log(`Majlis documentation: http://${host}:${port}/en/index.html (Arabic: /ar/index.html)`));
