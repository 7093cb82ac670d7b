// The shared tail of the generators (generate-widget-index.mjs, generate-icons.mjs): each file's
// text is formatted with the project's Prettier settings, then written, or with `--check` (part of
// `npm test`) compared with the committed file; a stale file fails the run.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';

/** Whether this run only checks the committed files (`--check`) instead of writing them. */
export const check = process.argv.includes('--check');

/**
 * Formats each `[file, text]` and writes it (logging `wrote <file><note>`), or with `--check`
 * reports each committed file that differs (or is missing) and exits with status 1 when any does.
 * `ownedDirs` are folders only the generator writes: a file there that is not among `files` is
 * removed, or with `--check` reported as stale.
 */
export async function writeGenerated(files, note = '', ownedDirs = []) {
  let stale = false;
  const written = new Set(files.map(([file]) => join(file)));
  for (const dir of ownedDirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry);
      if (written.has(file)) continue;
      if (check) {
        console.error(
          `${file} is not generated any more: run \`npm run generate\` and commit the result.`,
        );
        stale = true;
      } else {
        rmSync(file, { recursive: true });
        console.log(`removed ${file}`);
      }
    }
  }
  for (const [file, text] of files) {
    const formatted = await prettier.format(text, {
      ...(await prettier.resolveConfig(file)),
      filepath: file,
    });
    if (check) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed !== formatted) {
        console.error(`${file} is stale: run \`npm run generate\` and commit the result.`);
        stale = true;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, formatted);
      console.log(`wrote ${file}${note}`);
    }
  }
  if (stale) process.exit(1);
}
