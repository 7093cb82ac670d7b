// Creates the Python environments with the real `openai-chatkit` SDK (and FastAPI/uvicorn) for the
// conformance and end-to-end tests: `.venv` with the newest supported release
// (test/conformance/server/requirements.txt) and `.venv-oldest` with the oldest one
// (requirements-oldest.txt). Idempotent: an environment is reinstalled only when its requirements
// file changed (a stamp with the file's hash). `--only latest` or `--only oldest` sets up one.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The environments: the venv folder and its requirements file. */
const ENVIRONMENTS = {
  latest: { venv: '.venv', requirements: 'test/conformance/server/requirements.txt' },
  oldest: { venv: '.venv-oldest', requirements: 'test/conformance/server/requirements-oldest.txt' },
};

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !(only in ENVIRONMENTS)) {
  console.error(`--only takes ${Object.keys(ENVIRONMENTS).join(' or ')}`);
  process.exit(2);
}

const system = process.env.PYTHON ?? 'python3';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });
let checkedPython = null;

/** The system Python's version, checked once (openai-chatkit needs 3.10 or newer). */
function pythonVersion() {
  if (checkedPython) return checkedPython;
  const version = execFileSync(system, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])
    .toString()
    .trim();
  const [major, minor] = version.split('.').map(Number);
  if (major < 3 || (major === 3 && minor < 10)) {
    throw new Error(`Python ${version} found; openai-chatkit needs Python 3.10 or newer`);
  }
  checkedPython = version;
  return version;
}

function setUp(name) {
  const env = ENVIRONMENTS[name];
  const venv = join(root, env.venv);
  const requirements = join(root, env.requirements);
  const stamp = join(venv, '.requirements.sha256');
  const python = join(venv, 'bin', 'python');
  const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  const version = pythonVersion();
  console.log(`Setting up ${env.venv} from ${env.requirements} (Python ${version})…`);
  if (!existsSync(python)) run(system, ['-m', 'venv', venv]);
  run(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '-r',
    requirements,
  ]);
  writeFileSync(stamp, wanted);
}

try {
  for (const name of only ? [only] : Object.keys(ENVIRONMENTS)) setUp(name);
} catch (error) {
  console.error(`\nCould not set up the Python environment: ${error.message}`);
  console.error('Install Python 3.10+ with venv support (Debian: apt-get install python3-venv).');
  process.exit(1);
}
