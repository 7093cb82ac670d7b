/** Lucide's per-icon modules (deep imports, so only the icons used are bundled). */
declare module 'lucide/dist/esm/icons/*.mjs' {
  const icon: readonly (readonly [string, Readonly<Record<string, string | number>>])[];
  export default icon;
}
