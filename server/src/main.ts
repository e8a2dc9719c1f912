import { buildApp } from './app.js';
import { ConfigError, MIN_SECRET_BYTES, loadConfig } from './config.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { applyRecognitionRules } from './repository/recognition.js';
import { seedFromFile } from './seed-loader.js';
import { startMailWorker } from './mail/start.js';
import { EscalationWorker } from './escalation/worker.js';

/** How long in-flight requests get to finish after SIGTERM/SIGINT before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const app = await buildApp({ db, config });
  const log = app.log;
  if (config.tokenSecretWarning !== null) {
    log.warn(
      `!!! ${config.tokenSecretWarning}. Anyone who knows or guesses it can sign in as anyone. ` +
        `Set MAJLIS_TOKEN_SECRET to at least ${MIN_SECRET_BYTES} random bytes before this server faces real users ` +
        '(NODE_ENV=production refuses to start without). !!!',
    );
  }
  const applied = await migrate(db);
  log.info({ database: db.kind, applied }, 'database migrated');
  // The triggers of the reputation ledger read the configured points from the database (before a seed loads).
  await applyRecognitionRules(db, config.recognition);
  if (await seedFromFile(db, config.seedPath)) log.info({ seed: config.seedPath }, 'empty database seeded');
  if (config.devLogin) log.warn(`development sign-in is enabled: POST ${config.basePath}/dev/login`);
  const mailWorker = await startMailWorker(db, config, log);
  const escalation = config.escalation;
  const escalationWorker =
    escalation === undefined
      ? null
      : new EscalationWorker({ db, config: escalation, onError: (error) => log.error({ err: error }, 'escalation worker failed') });
  escalationWorker?.start();
  if (escalation !== undefined) log.info({ url: escalation.url, hours: escalation.hours }, 'escalation to the care desk on');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      log.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app
      .close()
      .then(() => mailWorker?.stop())
      .then(() => escalationWorker?.stop())
      .then(() => db.close())
      .then(() => {
        log.info('stopped');
        process.exitCode = 0;
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof DataDirInUseError) console.error(`Cannot start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
