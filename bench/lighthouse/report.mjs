// Runs Lighthouse on ServiceHall's pages and prints one line per page; called by bench/lighthouse.sh.
//   node report.mjs BASE_URL RUNS OUT_DIR CHROME_PATH
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [base, runsArg, out, chromePath] = process.argv.slice(2);
const runs = Math.max(1, parseInt(runsArg, 10) || 3);
const KB = 1000;
// the targets for the public pages (the kiosk runs on the hall's own network, staff on the office's)
const TARGET_BYTES = 300 * KB;
const TARGET_PERFORMANCE = 90;

const pages = [
  {name: 'public start', path: '/public/', citizen: true},
  {name: 'public status search', path: '/public/track.xhtml', citizen: true},
  {name: 'kiosk start', path: '/kiosk/index.xhtml', citizen: false},
  {name: 'staff queue (login)', path: '/staff/queues.xhtml?queue=ALL', citizen: false, staff: 'zhao.min'},
];

/** Logs in through the login page as a browser would; returns the session's Cookie header. */
async function login(user) {
  const jar = new Map();
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await fetch(`${base}/login.xhtml`);
  keep(form);
  const html = await form.text();
  const state = html.match(/name="jakarta.faces.ViewState"[^>]*value="([^"]+)"/)[1];
  const nonce = html.match(/PrimeFaces\.csp\.init\('([^']+)'\)/);
  const fields = new URLSearchParams({'login_SUBMIT': '1', 'login:username': user, 'login:password': 'Demo-2026',
    'login:submit': '', 'jakarta.faces.ViewState': state});
  if (nonce) fields.set('primefaces.nonce', nonce[1]);
  const posted = await fetch(`${base}/login.xhtml`, {method: 'POST', body: fields, redirect: 'manual',
    headers: {Cookie: header(), 'Content-Type': 'application/x-www-form-urlencoded'}});
  keep(posted);
  const check = await fetch(`${base}/staff/queues.xhtml`, {headers: {Cookie: header()}, redirect: 'manual'});
  keep(check); // the first staff page may renew the session's cookies
  if (check.status !== 200 || (await check.text()).includes('login:password')) {
    throw new Error(`login of ${user} failed (${check.status})`);
  }
  return header();
}

function summary(lhr) {
  const a = lhr.audits;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bytes: a['total-byte-weight'].numericValue,
    requests: a['network-requests'].details.items.length,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    blocking: (a['render-blocking-resources'].details?.items || []).length,
    shortCache: (a['uses-long-cache-ttl'].details?.items || []).map((i) => i.url.replace(base, '')),
    failedA11y: Object.values(lhr.categories.accessibility.auditRefs)
      .filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => ref.id),
  };
}

const chrome = await chromeLauncher.launch({chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']});
const rows = [];
try {
  for (const page of pages) {
    const extraHeaders = page.staff ? {Cookie: await login(page.staff)} : undefined;
    const results = [];
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(`${base}${page.path}`, {port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'], formFactor: 'mobile', extraHeaders});
      if (result.lhr.runtimeError) throw new Error(`${page.name}: ${result.lhr.runtimeError.message}`);
      fs.writeFileSync(path.join(out, `${page.name.replace(/\W+/g, '-')}-${run}.json`), result.report);
      results.push(summary(result.lhr));
    }
    results.sort((x, y) => x.performance - y.performance);
    rows.push({page, median: results[Math.floor(results.length / 2)], all: results.map((r) => r.performance)});
  }
} finally {
  await chrome.kill();
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`Lighthouse at mobile emulation, median of ${runs} run(s) per page by performance score`);
console.log(`${pad('page', 22)}${lpad('perf', 5)}${lpad('a11y', 6)}${lpad('KB', 7)}${lpad('reqs', 6)}${lpad('FCP s', 7)}${lpad('LCP s', 7)}${lpad('TBT ms', 8)}${lpad('blocking', 10)}  target`);
let missed = 0;
for (const {page, median: m, all} of rows) {
  let verdict = 'n/a (not a public page)';
  if (page.citizen) {
    const ok = m.bytes <= TARGET_BYTES && m.performance >= TARGET_PERFORMANCE;
    if (!ok) missed++;
    verdict = `${ok ? 'PASS' : 'MISS'} (<= ${TARGET_BYTES / KB} KB, perf >= ${TARGET_PERFORMANCE})`;
  }
  console.log(`${pad(page.name, 22)}${lpad(m.performance, 5)}${lpad(m.accessibility, 6)}${lpad((m.bytes / KB).toFixed(0), 7)}` +
    `${lpad(m.requests, 6)}${lpad((m.fcp / 1000).toFixed(1), 7)}${lpad((m.lcp / 1000).toFixed(1), 7)}${lpad(m.tbt.toFixed(0), 8)}` +
    `${lpad(m.blocking, 10)}  ${verdict}  [runs: ${all.join(' ')}]`);
  if (m.failedA11y.length) console.log(`  accessibility audits failed: ${m.failedA11y.join(', ')}`);
  if (m.shortCache.length) console.log(`  cached for less than Lighthouse asks: ${m.shortCache.join(' ')}`);
}
console.log(`Reports: ${out}/*.json (KB = 1000 bytes, as transferred: compressed where the server compresses)`);
process.exitCode = missed ? 1 : 0;
