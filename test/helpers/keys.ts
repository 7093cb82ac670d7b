import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses a key chord as real keyboard input, in every engine: the modifiers go down in order, the
 * last key is pressed, the modifiers come up. `pressChord('Shift', 'Enter')`. (See
 * test/key-chord-plugin.mjs: sendKeys' down/up does not exist for WebDriver.)
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('cw-key-chord', { keys });
}
