// Browser tests in real engines installed from Debian packages (no tool-managed browser downloads).
// WTR_BROWSERS=chromium,firefox,webkit selects engines; the default is every engine found on this machine
// (Chromium is required). WebKit needs an X display: run under `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { referenceServerPlugin } from './test/helpers/reference-server-plugin.mjs';
import { freePort } from './scripts/reference-server.mjs';

const paths = {
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver',
};
const hasDisplay = Boolean(process.env.DISPLAY);
const detected = ['chromium', 'firefox', 'webkit'].filter(
  (name) => name === 'chromium' || (existsSync(paths[name]) && (name !== 'webkit' || hasDisplay)),
);
const wanted = (process.env.WTR_BROWSERS ?? detected.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

// Puppeteer's setViewport (which @web/test-runner-chrome calls before every test file) also sends WebDriver BiDi's
// emulation.setScreenOrientationOverride, which Debian's Firefox ESR 140.12 answers with "unknown command". The
// tests never depend on screen orientation, so that one command is allowed to be missing, as Puppeteer already
// allows for emulation.setTouchOverride.
const setScreenOrientationOverride = BrowsingContext.prototype.setScreenOrientationOverride;
BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
  try {
    return await setScreenOrientationOverride.apply(this, args);
  } catch (error) {
    if (/unknown command|unsupported operation/.test(String(error?.message))) return undefined;
    throw error;
  }
};

const chromiumArgs = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function startWebKitWebDriver() {
  const port = await freePort();
  const driver = spawn(paths.webkit, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const kill = () => {
    try {
      driver.kill();
    } catch {
      /* already gone */
    }
  };
  process.on('exit', kill);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { kill(); process.exit(1); });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const browsers = [];
for (const name of wanted) {
  if (name === 'chromium') {
    browsers.push(chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs },
    }));
  } else if (name === 'firefox') {
    browsers.push(chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }));
  } else if (name === 'webkit') {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const port = await startWebKitWebDriver();
    browsers.push(webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    }));
  } else {
    throw new Error(`unknown browser in WTR_BROWSERS: ${name}`);
  }
}

// Closing line "N passed, N failed, N skipped" over all engines; a crashed session counts as failed.
function countReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
    },
    start() {
      process.once('exit', () => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build: its dev-mode warnings fail the test that caused them (test/helpers/lit-warnings.ts).
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }), referenceServerPlugin()],
  browsers,
  reporters: [defaultReporter(), countReporter()],
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('lit.dev/msg/dev-mode'),
  testFramework: { config: { timeout: 10000 } },
};
