import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SERVER_DIR } from './config.js';
import { openApiDocument } from './openapi.js';

/** The committed OpenAPI document (`server/openapi.json`), as `npm run openapi -w server` writes it. */
export const OPENAPI_FILE = path.join(SERVER_DIR, 'openapi.json');

export function openApiFileContent(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await writeFile(OPENAPI_FILE, openApiFileContent());
  console.log(`wrote ${OPENAPI_FILE}`);
}
