// The framework demos (demo/vue, demo/angular, demo/react), built as an integrator would build
// them: packs chat-widgets (`npm pack` of the built tree into tmp/pack/), installs each demo's
// own locked dependencies (`npm ci`, skipped when its node_modules came from the same lock) and
// then the tarball (`npm install --no-save <tgz>`), and builds it (`npm run build`: type-check and
// bundle) into demo/<framework>/dist. Then, unless --no-test, runs their browser test
// (test/frameworks/demos.e2e.ts).
//
// `node scripts/framework-demos.mjs [--no-test] [vue|angular|react …]`. Needs `npm run build`
// first and the npm registry (or a warm ~/.npm cache); says plainly when it cannot install.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const all = ['vue', 'angular', 'react'];
const chosen = args.filter((a) => !a.startsWith('--'));
const demos = chosen.length ? chosen : all;

/** Runs a command; on failure prints its output and why, and exits. Resolves to its stdout. */
function run(cmd, cmdArgs, cwd, what) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let out = '';
    child.stdout.on('data', (c) => ((stdout += c), (out += c)));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code !== 0) {
        const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/i.test(out);
        console.error(`${out.trimEnd()}\n`);
        console.error(
          offline
            ? `CANNOT INSTALL: ${what} needs the npm registry (or a warm ~/.npm cache), and it is not reachable.`
            : `FAILED: ${what} (${cmd} ${cmdArgs.join(' ')} in ${cwd})`,
        );
        process.exit(1);
      }
      console.log(`${what}: ${seconds}s`);
      resolve(stdout);
    });
  });
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. The tarball, as `npm publish` would make it (the build is done: no prepack).
const packDir = join(root, 'tmp/pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const packed = await run(
  'npm',
  ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir],
  root,
  'npm pack',
);
const [{ filename, size, unpackedSize }] = JSON.parse(packed);
const tarball = join(packDir, filename);
console.log(
  `  ${filename}: ${(size / 1024).toFixed(0)} kB packed, ${(unpackedSize / 1024).toFixed(0)} kB unpacked`,
);

/** Installs and builds one demo. */
async function prepare(demo) {
  const dir = join(root, 'demo', demo);
  if (!existsSync(join(dir, 'package.json'))) {
    console.error(`No demo ${demo} (demo/${demo}/package.json).`);
    process.exit(1);
  }
  // 2. Its own dependencies, from its lock; reinstalled only when the lock changed.
  const lock = readFileSync(join(dir, 'package-lock.json'));
  const stamp = join(dir, 'node_modules/.cw-lock-hash');
  const hash = createHash('sha256').update(lock).digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir, `${demo}: npm ci`);
    writeFileSync(stamp, hash);
  } else console.log(`${demo}: dependencies installed from the same lock`);
  // 3. The tarball, as a user installs it.
  await run(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball],
    dir,
    `${demo}: npm install ${filename}`,
  );
  // 4. The build.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  await run('npm', ['run', 'build', '--silent'], dir, `${demo}: build`);
  const built = readdirSync(join(dir, 'dist'), { recursive: true }).length;
  console.log(`  demo/${demo}/dist: ${built} files`);
}

// One after the other: side by side, three bundlers (Angular's takes about 1 GB) only compete for
// the same cores and memory as the rest of `npm test`.
for (const demo of demos) await prepare(demo);

if (!args.includes('--no-test')) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/frameworks/demos.e2e.ts'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CW_DEMOS: demos.join(',') } },
  );
  process.exit(r.status ?? 1);
}
