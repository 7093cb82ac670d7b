// Loaded first on the CSP page (a classic script from 'self', no imports): records every CSP
// violation from the start, before any module runs.
(window as unknown as { __cspViolations: string[] }).__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  (window as unknown as { __cspViolations: string[] }).__cspViolations.push(
    `${e.effectiveDirective || e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
  );
});
