/**
 * `npm run bench -- --only cold-profile`: where a cold service worker spends its CPU. Chromium is
 * started with a startup trace (--trace-startup, every process, with V8's sampling profiler);
 * the posting is loaded once warm, then after stopping the worker, `loads` times. Prints the
 * worker thread's busy time, its self time by function and its total time (with callees), per
 * load. Functions are named as in the built background.js (minified names; line:column into it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopServiceWorker } from './browser';
import { benchBrowser, type Table } from './bench-table';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  args?: { name?: string; data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

export async function benchColdProfile(table: Table, loads = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paylens-trace-'));
  const file = join(dir, 'trace.json');
  const seconds = 12 + loads * 3;
  const { browser, close } = await benchBrowser([
    '--trace-startup=disabled-by-default-v8.cpu_profiler,v8.execute,__metadata',
    `--trace-startup-file=${file}`,
    `--trace-startup-duration=${seconds}`,
    '--trace-startup-format=json',
  ]);
  const started = Date.now();
  const url = 'https://boards.greenhouse.io/ridgeline/jobs/4012345';
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('paylens-badge[data-state="ok"]');
  for (let i = 0; i < loads; i++) {
    await stopServiceWorker(browser);
    await page.waitForTimeout(300);
    await page.goto(url);
    await page.waitForSelector('paylens-badge[data-state="ok"]', { timeout: 20_000 });
  }
  // the trace is written when its duration is over
  while (!existsSync(file) || Date.now() - started < seconds * 1000 + 3000) await page.waitForTimeout(500);
  await close();
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  rmSync(dir, { recursive: true, force: true });
  const swThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? '')).map((t) => `${t.pid}:${t.tid}`),
  );
  const profiles = new Map<string, { ts: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' && e.name !== 'Profile') continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (e.name === 'Profile') {
      if (!swThreads.has(`${e.pid}:${e.tid}`)) continue;
      profiles.set(key, { ts: e.ts, nodes: new Map(), samples: [], deltas: [] });
      continue;
    }
    if (!p) continue;
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  const name = ({ callFrame: f }: ProfileNode) =>
    f.url ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : f.functionName || '(anonymous)';
  // the first worker start is the install on the fresh profile: not a cold start
  const cold = [...profiles.values()].sort((a, b) => a.ts - b.ts).slice(1);
  for (const p of cold) {
    p.samples.forEach((id, k) => {
      const dt = (p.deltas[k + 1] ?? p.deltas[k] ?? 0) / 1000;
      const node = p.nodes.get(id);
      if (!node || node.callFrame.functionName === '(idle)') return;
      busy += dt;
      self.set(name(node), (self.get(name(node)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let x: ProfileNode | undefined = node; x; x = x.parent === undefined ? undefined : p.nodes.get(x.parent)) {
        const k2 = name(x);
        if (seen.has(k2)) continue;
        seen.add(k2);
        total.set(k2, (total.get(k2) ?? 0) + dt);
      }
    });
  }
  const starts = cold.length || 1;
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([fn, t]) => ({ function: fn, 'ms per worker start': (t / starts).toFixed(1) }));
  table(`Cold service worker CPU (V8 sampling profiler, ${starts} worker starts; busy ${(busy / starts).toFixed(1)} ms each): self time`, top(self));
  table('Cold service worker CPU: total time (with callees)', top(total));
}
