// `npm test`: every check the project has, in stages whose steps run side by side where they can.
// Stage 1 type-checks, lints and builds the Chrome and Firefox packages at once (tsc and eslint are single
// threaded; the builds write only .output/ and regenerate .wxt/ files only when they differ).
// Stage 2 runs the unit tests beside `web-ext lint`. Stage 3 runs the end-to-end suites, which need
// the builds and the whole machine. A stage that fails stops the run once its other steps are done.
// Each step's output is printed in one piece when it ends, so parallel logs never interleave.
import { spawn } from 'node:child_process';

/** Stages in order; each stage is a set of lanes run in parallel, each lane npm scripts in order. */
const stages = [
  [['typecheck'], ['lint'], ['build:all']],
  [['test:unit'], ['lint:firefox']],
  [['test:e2e']],
];

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** Runs one npm script; resolves with its exit code, output and duration. */
function runScript(name, { stream }) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code, signal) =>
      done({
        name,
        code: code ?? (signal ? 1 : 0),
        output: Buffer.concat(chunks).toString(),
        ms: Date.now() - started,
      }),
    );
  });
}

async function runLane(lane, stream) {
  const results = [];
  for (const name of lane) {
    if (!stream) console.log(`… ${name} started`);
    const r = await runScript(name, { stream });
    if (!stream) {
      console.log(`\n── ${name}: ${r.code === 0 ? 'passed' : 'FAILED'} in ${seconds(r.ms)} ──`);
      process.stdout.write(r.output.endsWith('\n') || !r.output ? r.output : `${r.output}\n`);
    }
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
}

const started = Date.now();
const all = [];
for (const stage of stages) {
  // A stage with one lane prints as it goes: the long e2e run shows progress live.
  const stream = stage.length === 1;
  const results = (await Promise.all(stage.map((lane) => runLane(lane, stream)))).flat();
  all.push(...results);
  if (results.some((r) => r.code !== 0)) break;
}

const failed = all.filter((r) => r.code !== 0);
console.log('\nnpm test, step by step (parallel steps overlap):');
for (const r of all)
  console.log(`  ${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name.padEnd(13)} ${seconds(r.ms)}`);
console.log(`  total         ${seconds(Date.now() - started)}`);
const ran = new Set(all.map((r) => r.name));
const skipped = stages.flat(2).filter((name) => !ran.has(name));
if (skipped.length) console.log(`  not run (an earlier stage failed): ${skipped.join(', ')}`);
if (failed.length) {
  console.log(`\nFailed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
