/**
 * The benchmark's seeded content, shared by the Node runner and the page bundle: the streamed
 * Markdown (paragraphs, lists, code blocks, a table) cut into deltas, the items of a long thread,
 * and the big widgets. The same seed gives the same bytes on every run and every machine.
 */

/** The last delta of every stream: its presence in the rendered text proves the stream got through. */
export const SENTINEL = 'ZQXENDOFSTREAM';

/** mulberry32: a tiny seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of to in and is it on for as we by at or an be so if this that with from was are but ' +
  'not can all one two new use run set map key row log end top box app web api url job day way ' +
  'stream render layout frame token model thread widget server client parse delta chunk block ' +
  'table list code paint task queue cache state store value index node tree text time fast slow'
).split(' ');
const CODE = [
  'const total = rows.reduce((sum, row) => sum + row.value, 0);',
  'for (const item of items) queue.push(item.id);',
  'if (!state.ready) return null;',
  'export function render(node) {',
  '  return html`<p>${node.text}</p>`;',
  '}',
  'await store.flush({ reason: "idle" });',
  'let frame = requestAnimationFrame(step);',
];

/** Markdown of about `chars` characters: paragraphs, lists, code blocks and one table. */
export function markdown(rand: () => number, chars: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(5 + Math.floor(rand() * 10));
    return `${s[0]!.toUpperCase()}${s.slice(1)}${rand() < 0.2 ? ` **${words(2)}**` : ''}.`;
  };
  const blocks: string[] = [];
  let size = 0;
  let tableDone = false;
  for (let i = 0; size < chars; i++) {
    let block: string;
    const kind = i % 7;
    if (kind === 3) {
      block = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => `- ${sentence()}`).join(
        '\n',
      );
    } else if (kind === 5) {
      const lines = Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(CODE));
      block = `\`\`\`ts\n${lines.join('\n')}\n\`\`\``;
    } else if (kind === 6 && !tableDone && size > chars / 3) {
      tableDone = true;
      const row = () =>
        `| ${words(1)} | ${words(2)} | ${Math.floor(rand() * 1000)} | \`${words(1)}\` |`;
      block = ['| name | what | count | code |', '| --- | --- | ---: | --- |']
        .concat(Array.from({ length: 8 }, row))
        .join('\n');
    } else if (kind === 0) {
      block = `## ${sentence()}`;
    } else {
      block = Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
    }
    blocks.push(block);
    size += block.length + 2;
  }
  return blocks.join('\n\n');
}

/** Cuts text into model-like tokens: a word with the whitespace before it. */
export function tokens(text: string): string[] {
  return text.match(/\s*\S{1,8}|\s+/g) ?? [];
}

/**
 * The streamed text as `count` deltas: seeded Markdown cut into tokens, the last one being
 * {@link SENTINEL} in a paragraph of its own. A shorter count is a prefix of a longer one's text.
 */
export function streamDeltas(count: number, seed = 11): string[] {
  // Always the text of the longest stream, so a shorter stream is a prefix of it.
  const text = markdown(prng(seed), 5 * Math.max(count, 10_000) + 1000);
  const all = tokens(text);
  if (all.length < count - 1) throw new Error('workload too short');
  return [...all.slice(0, count - 1), `\n\n${SENTINEL}`];
}

type Json = Record<string, unknown>;

/** A small widget of the kind answers carry: a card with a title, text, badges and a button. */
export function smallWidget(i: number): Json {
  return {
    type: 'Card',
    children: [
      { type: 'Title', value: `Order ${i}` },
      { type: 'Text', value: `Ships in ${1 + (i % 5)} days to warehouse ${i % 17}.` },
      {
        type: 'Row',
        gap: 2,
        children: [
          { type: 'Badge', label: 'paid', color: 'success' },
          { type: 'Badge', label: `#${i}` },
        ],
      },
      { type: 'Button', label: 'Track', onClickAction: { type: 'order.track', payload: { i } } },
    ],
  };
}

/**
 * The items of a long thread, oldest first: user questions, Markdown answers and every fifth
 * answer a widget. Ids sort in creation order.
 */
export function threadItems(threadId: string, count: number, seed = 7): Json[] {
  const rand = prng(seed);
  const items: Json[] = [];
  for (let i = 0; i < count; i++) {
    const id = `msg_${threadId}_${String(i).padStart(5, '0')}`;
    const base = {
      id,
      thread_id: threadId,
      created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString().slice(0, 19),
    };
    if (i % 2 === 0) {
      items.push({
        ...base,
        type: 'user_message',
        content: [{ type: 'input_text', text: `Question ${i}: ${markdown(rand, 60)}` }],
        attachments: [],
        inference_options: {},
      });
    } else if (i % 10 === 9) {
      items.push({ ...base, type: 'widget', widget: smallWidget(i) });
    } else {
      items.push({
        ...base,
        type: 'assistant_message',
        content: [{ type: 'output_text', text: markdown(rand, 400), annotations: [] }],
      });
    }
  }
  return items;
}

/** A ListView of `count` rows; `changed` rewrites one row's text (the update scenario). */
export function bigList(count: number, changed = -1): Json {
  return {
    type: 'ListView',
    children: Array.from({ length: count }, (_, i) => ({
      type: 'ListViewItem',
      key: `row${i}`,
      children: [
        { type: 'Text', value: i === changed ? `Row ${i} (changed)` : `Row ${i}` },
        { type: 'Badge', label: `${i % 9}` },
      ],
    })),
  };
}

/** A card holding a Table of `rows` rows of four cells; `changed` rewrites one cell. */
export function bigTable(rows: number, changed = -1): Json {
  const cell = (value: string) => ({ type: 'Table.Cell', children: [{ type: 'Text', value }] });
  return {
    type: 'Card',
    children: [
      {
        type: 'Table',
        children: [
          { type: 'Table.Row', header: true, children: ['id', 'name', 'qty', 'state'].map(cell) },
          ...Array.from({ length: rows }, (_, i) => ({
            type: 'Table.Row',
            key: `r${i}`,
            children: [
              cell(String(i)),
              cell(i === changed ? `item ${i} (changed)` : `item ${i}`),
              cell(String((i * 37) % 100)),
              cell(i % 3 ? 'open' : 'done'),
            ],
          })),
        ],
      },
    ],
  };
}
