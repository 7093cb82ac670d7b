// Checks what `npm ci` installs against what package.json promises, offline (reads files only):
//
// 1. Engines: every package in package-lock.json whose `engines.node` excludes the lowest Node
//    that package.json's `engines.node` admits, or the running Node, is listed and fails the check
//    (npm only warns, EBADENGINE, and installs anyway).
// 2. The lock is in sync: package-lock.json records package.json's dependency ranges, and every
//    direct dependency's locked version satisfies its range (what `npm ci` refuses otherwise).
// 3. Direct imports: every bare package imported by the repository's own files (src, test, demo,
//    bench, scripts, the root configs) is a direct dependency or devDependency, so that no file
//    works only because another package happens to pull the import in. A type-only import may be
//    satisfied by `@types/<name>`. A value import in what the package ships (src/, not its
//    tests) must be in `dependencies` (or `peerDependencies`, the user's own install): a
//    devDependency is not installed for the package's users. A folder with its own package.json
//    (demo/<framework>/) is a project of its own and is not read.
//
// `node scripts/check-deps.mjs [root]` prints what it found and exits non-zero on any problem;
// `root` (the repository by default) lets the tests run it on fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import semver from 'semver';

const root = process.argv[2] ? join(process.argv[2], '/') : new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const problems = [];

// 1. Engines.
const declared = pkg.engines?.node;
const floor = declared ? semver.minVersion(declared)?.version : undefined;
if (!floor) problems.push('package.json declares no usable engines.node range');
const running = process.versions.node;
if (declared && !semver.satisfies(running, declared)) {
  problems.push(`the running Node ${running} is outside package.json's engines.node "${declared}"`);
}
let checked = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  const range = entry.engines?.node;
  if (!path || typeof range !== 'string') continue;
  checked += 1;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const where = `${name}@${entry.version} (${path}) needs Node "${range}"`;
  if (!semver.validRange(range)) continue; // npm itself ignores ranges it cannot parse
  if (floor && !semver.satisfies(floor, range)) {
    problems.push(`${where}, but engines.node "${declared}" admits ${floor}`);
  } else if (!semver.satisfies(running, range)) {
    problems.push(`${where}, but this is Node ${running}`);
  }
}

// 2. The lock is in sync.
const lockRoot = lock.packages?.[''] ?? {};
for (const field of ['dependencies', 'devDependencies']) {
  const want = pkg[field] ?? {};
  const have = lockRoot[field] ?? {};
  for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
    if (want[name] !== have[name]) {
      problems.push(
        `package-lock.json is stale: ${field}.${name} is "${want[name]}" in package.json but ` +
          `"${have[name]}" in the lock (run npm install and commit the lock)`,
      );
      continue;
    }
    const locked = lock.packages?.[`node_modules/${name}`]?.version;
    if (!locked || !semver.satisfies(locked, want[name])) {
      problems.push(
        `package-lock.json is stale: ${name}@${locked} does not satisfy "${want[name]}"`,
      );
    }
  }
}

// 3. Direct imports.
const direct = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const builtins = new Set(builtinModules);
const sourceFile = /\.(?:[cm]?[jt]s|tsx)$/;
const skip = new Set(['node_modules', 'dist', 'coverage', 'tmp', '.venv', '.venv-oldest', '.git']);
// A folder with its own package.json (the framework demos, demo/<framework>/) is a project of its
// own, with its own lock that `npm ci` checks there.
function* walk(dir) {
  if (dir !== root && existsSync(join(dir, 'package.json'))) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}
const files = [
  ...['src', 'test', 'demo', 'bench', 'scripts']
    .filter((d) => existsSync(join(root, d)))
    .flatMap((d) => [...walk(join(root, d))]),
  ...readdirSync(root)
    .filter((f) => sourceFile.test(f))
    .map((f) => join(root, f)),
];
// Static `import … from 'x'`, `export … from 'x'`, side-effect `import 'x'` and `import('x')` with
// a literal specifier; template literals and computed specifiers are not followed.
const importPattern =
  /(?:^|[;\s])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\s]+)['"]|import\(\s*['"]([^'"\s]+)['"]\s*\)/gm;
const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const missing = new Map();
for (const file of files) {
  // Whole-line comments are left out (they quote imports as examples).
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
  for (const m of text.matchAll(importPattern)) {
    const spec = m[3] ?? m[4];
    if (!spec || /^[./]|^node:|\$\{/.test(spec)) continue; // relative, built-in, or built
    if (builtins.has(spec) || builtins.has(packageOf(spec))) continue;
    const name = packageOf(spec);
    // What the package ships (src/ but its tests) runs in the user's install: `dependencies`.
    const shipped = file.startsWith(join(root, 'src/')) && !/\.test\.[cm]?[jt]s$/.test(file);
    // A peer dependency (`react`, for chat-widgets/react) is the user's own install.
    const provided = { ...pkg.dependencies, ...pkg.peerDependencies };
    if (shipped && !m[2] && name !== pkg.name && !(name in provided)) {
      problems.push(
        `${name} is imported by ${file.slice(root.length)}, which ships, but is not in dependencies`,
      );
      continue;
    }
    if (name === pkg.name || direct.has(name)) continue;
    const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
    if (m[2] && direct.has(typesName)) continue;
    const list = missing.get(name) ?? [];
    list.push(file.slice(root.length));
    missing.set(name, list);
  }
}
for (const [name, where] of missing) {
  problems.push(`${name} is imported by ${where.join(', ')} but is not a direct dependency`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(
  `dependencies ok: ${checked} locked packages admit Node ${floor} (engines.node "${declared}") and ${running}; ` +
    `${files.length} files import only direct dependencies.`,
);
