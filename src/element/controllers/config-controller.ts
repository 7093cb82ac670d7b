import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { deferredUploader } from '../../composer/composer-features.js';
import type { CommandsOption } from '../../composer/types.js';
import type { Uploader } from '../../composer/uploads.js';
import type { ChatKitClient } from '../../protocol/client.js';
import { entitySearchFrom } from '../entities.js';
import type { EntitySearch } from '../entities.js';
import { globalFunctionAt } from '../global-function.js';
import { ATTRIBUTE_KEYS, resolveConfig } from '../options.js';
import type { AttributeConfig, ChatKitOptions, ResolvedConfig } from '../options.js';
import { Memo, keepIfSame } from './memo.js';

/**
 * The element the configuration is read from: its attribute properties (same names as
 * {@link AttributeConfig}), its options object and the @-mention search attributes.
 */
export interface ConfigHost extends ReactiveControllerHost, AttributeConfig {
  readonly options: ChatKitOptions | null;
  /** The `on-tag-search` global function path. */
  onTagSearch: string;
  entitySearchUrl: string;
}

/**
 * Resolves the element's attributes and the ChatKit options object into one configuration, and
 * the objects derived from it that the composer receives (entity search, uploader).
 *
 * Each is memoized on its inputs: the configuration on the options object's identity and each
 * attribute's value, so a store tick (a streamed delta) resolves nothing and the composer gets the
 * same `tools`, `models`, search function and uploader. Lists that come out equal item by item
 * (a new options object with the same `composer.tools`, say) keep their identity too.
 */
export class ConfigController implements ReactiveController {
  private readonly config = new Memo<ResolvedConfig>();
  private readonly search = new Memo<EntitySearch | null>();
  private readonly uploads = new Memo<Uploader | null>();
  private previous: ResolvedConfig | undefined;

  constructor(private readonly host: ConfigHost) {
    host.addController(this);
  }

  /** Settles the configuration before the host renders (the controllers after it read it). */
  hostUpdate(): void {
    void this.value;
  }

  /** The configuration in force, resolved again only when an input changed. */
  get value(): ResolvedConfig {
    const host = this.host;
    const options = host.options;
    const inputs: unknown[] = [options, ...ATTRIBUTE_KEYS.map((key) => host[key])];
    return this.config.get(inputs, () => {
      const attributes = Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, host[key]]));
      const next = resolveConfig(attributes as unknown as AttributeConfig, options);
      next.tools = keepIfSame(this.previous?.tools, next.tools);
      next.models = keepIfSame(this.previous?.models, next.models);
      next.prompts = keepIfSame(this.previous?.prompts, next.prompts);
      this.previous = next;
      return next;
    });
  }

  /**
   * The @-mention search in force: `entities.onTagSearch`, the `on-tag-search` global function,
   * or the `entity-search-url`. A global function defined after the element rendered is picked
   * up: the function its path leads to is one of the inputs.
   */
  get entitySearch(): EntitySearch | null {
    const { onTagSearch: globalName, entitySearchUrl: url } = this.host;
    const { entities, fetch } = this.value;
    const inputs = [entities.onTagSearch, globalName, globalFunctionAt(globalName), url, fetch];
    return this.search.get(inputs, () =>
      entitySearchFrom({ onTagSearch: entities.onTagSearch, globalName, url, fetch }),
    );
  }

  /** `commands` of the options (the `/` menu, which reads them itself). */
  get commands(): CommandsOption | null {
    return this.host.options?.commands ?? null;
  }

  /** The attachment uploader for this client, kept while its configuration and client stay. */
  uploader(client: ChatKitClient | null): Uploader | null {
    const attachments = this.value.attachments;
    return this.uploads.get([attachments?.options, attachments?.strategy, client], () =>
      attachments && client
        ? deferredUploader(attachments.options, attachments.strategy ?? null, client)
        : null,
    );
  }
}
