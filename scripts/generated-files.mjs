// The shared tail of the generators (generate-widget-index.mjs, generate-icons.mjs): each file's
// text is formatted with the project's Prettier settings, then written, or with `--check` (part of
// `npm test`) compared with the committed file; a stale file fails the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

/** Whether this run only checks the committed files (`--check`) instead of writing them. */
export const check = process.argv.includes('--check');

/**
 * Formats each `[file, text]` and writes it (logging `wrote <file><note>`), or with `--check`
 * reports each committed file that differs and exits with status 1 when any does.
 */
export async function writeGenerated(files, note = '') {
  let stale = false;
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
      writeFileSync(file, formatted);
      console.log(`wrote ${file}${note}`);
    }
  }
  if (stale) process.exit(1);
}
