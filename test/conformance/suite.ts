/**
 * Registers the conformance scenarios against one running server, as node:test tests. The server
 * says which `openai-chatkit` release it runs and what that release can do (`/health`, see
 * features.ts); a scenario that needs a feature the server lacks runs its degraded variant (how
 * the element copes there: a clear error, nothing lost) or is reported as skipped with the reason
 * ("not applicable to openai-chatkit 1.0.0: …"), never left out silently.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import { FEATURE_SINCE, describeServer, featuresOf, serverInfo } from './features.js';
import type { Feature, ServerInfo } from './features.js';
import type { RunningServer } from './python-server.mjs';
import { runScenario } from './run-scenario.js';
import { scenarios } from './scenarios/index.js';
import type { Scenario, Step } from './scenarios/index.js';

/** What a scenario does against a server. */
export type Plan =
  | { kind: 'full'; steps: Step[] }
  | { kind: 'degraded'; steps: Step[]; missing: Feature[]; title: string }
  | { kind: 'skip'; reason: string };

/** Why a feature is missing, for titles and messages: `sync_action (1.6.2)`. */
function named(features: Feature[]): string {
  return features.map((f) => `${f} (${FEATURE_SINCE[f]})`).join(', ');
}

/** Chooses what runs of a scenario against a server with `info`'s features. */
export function planScenario(scenario: Scenario, info: ServerInfo): Plan {
  const missing = (scenario.needs ?? []).filter((f) => !info.features.has(f));
  if (missing.length === 0) return { kind: 'full', steps: scenario.steps };
  const fallback = scenario.whenMissing;
  if (!fallback) throw new Error(`"${scenario.name}" needs ${named(missing)} but says no fallback`);
  const server = describeServer(info);
  if ('notApplicable' in fallback) {
    return {
      kind: 'skip',
      reason: `not applicable to ${server}: needs ${named(missing)}; ${fallback.notApplicable}`,
    };
  }
  return {
    kind: 'degraded',
    steps: fallback.steps,
    missing,
    title: `${scenario.name} [degrades on ${server}, without ${named(missing)}: ${fallback.degrades}]`,
  };
}

/**
 * Starts a server, reads what it is, and registers every scenario against it. Call at the top
 * level of a test file (the titles depend on the server, so it starts before registration).
 */
export async function conformanceSuite(
  title: string,
  start: () => Promise<RunningServer>,
): Promise<void> {
  const server = await start();
  let info: ServerInfo;
  try {
    info = await serverInfo(server.origin);
  } catch (error) {
    await server.stop();
    throw error;
  }
  describe(`${title} (${describeServer(info)})`, () => {
    after(() => server.stop());

    if (info.sdk) {
      const sdk = info.sdk;
      it(`detects the features documented for ${sdk}`, () => {
        // server/compat.py detects them from the package; FEATURE_SINCE (and the README's table)
        // says which release brought each: the two must agree for the release that runs.
        assert.deepEqual([...info.features].sort(), featuresOf(sdk).sort());
      });
    }

    for (const scenario of scenarios) {
      const plan = planScenario(scenario, info);
      if (plan.kind === 'skip') {
        it(scenario.name, { skip: plan.reason }, () => {});
        continue;
      }
      it(plan.kind === 'full' ? scenario.name : plan.title, async () => {
        await runScenario({ ...scenario, steps: plan.steps }, server.url, server.origin);
      });
    }
  });
}
