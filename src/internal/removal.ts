/**
 * Tells a removal from a move. Re-parenting an element (frameworks and host pages do) disconnects
 * and reconnects it in one task; only an element still gone after that task was removed. Work
 * in flight (an answer, an upload, a recording) is released only then.
 */
export function releaseIfRemoved(stillGone: () => boolean, release: () => void): void {
  setTimeout(() => {
    if (stillGone()) release();
  }, 0);
}
