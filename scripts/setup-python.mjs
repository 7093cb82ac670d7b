// Creates .venv with the real `openai-chatkit` SDK (and FastAPI/uvicorn) for the conformance and
// end-to-end tests. Idempotent: it reinstalls only when the requirements file changed.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const venv = join(root, '.venv');
const requirements = join(root, 'test/conformance/server/requirements.txt');
const stamp = join(venv, '.requirements.sha256');
const python = join(venv, 'bin', 'python');

const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  process.exit(0);
}

const system = process.env.PYTHON ?? 'python3';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });
try {
  const version = execFileSync(system, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])
    .toString()
    .trim();
  const [major, minor] = version.split('.').map(Number);
  if (major < 3 || (major === 3 && minor < 10)) {
    throw new Error(`Python ${version} found; openai-chatkit needs Python 3.10 or newer`);
  }
  console.log(`Setting up .venv with openai-chatkit (Python ${version})…`);
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
} catch (error) {
  console.error(`\nCould not set up the Python environment: ${error.message}`);
  console.error('Install Python 3.10+ with venv support (Debian: apt-get install python3-venv).');
  process.exit(1);
}
