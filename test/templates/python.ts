/**
 * The real Python SDK as ground truth: runs test/templates/python_build.py with the project's
 * .venv (`node scripts/setup-python.mjs`), which builds each case with
 * `chatkit.widgets.WidgetTemplate(...).build(data).model_dump(mode="json")`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const python = join(root, '.venv', 'bin', 'python');

/** Why the Python comparisons are skipped, or `false` when they run. */
export const pythonSkip: string | false = existsSync(python)
  ? false
  : '.venv is not set up (node scripts/setup-python.mjs): the comparison with the Python SDK is skipped';

export type PythonResult = { ok: unknown } | { error: string };

/** Builds every case with the Python SDK, in one process. */
export function pythonBuild(cases: { widget: unknown; data: unknown }[]): PythonResult[] {
  const out = execFileSync(python, [join(root, 'test/templates/python_build.py')], {
    input: JSON.stringify(cases),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as PythonResult[];
}
