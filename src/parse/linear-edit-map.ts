/**
 * micromark (4.0) applies the edits it makes when a block quote or list item closes through
 * `EditMap.prototype.consume` (micromark-util-edit-map 1.0), which copies the whole event list
 * each time, although the edits all sit near its end: a report with many list items, sub-items or
 * quotes parses in time quadratic in its length (7.6 MB of reports: 31 s against 6 s for half).
 *
 * `consume` is replaced, once, by the same algorithm that rebuilds only the events from the first
 * edit on: the same result (a property test checks it against the original), in time linear in
 * what changes. The one installed copy of the module is the one micromark imports (see
 * package.json), so the parser uses this.
 */
import { EditMap } from 'micromark-util-edit-map';

type Edit = [at: number, remove: number, add: unknown[]];

interface EditMapFields {
  map: Edit[];
  index: Map<unknown, unknown>;
}

export function consumeFromFirstEdit(this: EditMapFields, events: unknown[]): void {
  this.map.sort((a, b) => a[0] - b[0]);
  const first = this.map[0];
  if (first === undefined) return;
  const rebuilt: unknown[] = [];
  let cursor = first[0];
  for (const [at, remove, add] of this.map) {
    for (let i = cursor; i < at; i++) rebuilt.push(events[i]);
    for (const event of add) rebuilt.push(event);
    cursor = at + remove;
  }
  for (let i = cursor; i < events.length; i++) rebuilt.push(events[i]);
  events.length = first[0];
  for (const event of rebuilt) events.push(event);
  this.map.length = 0;
  this.index.clear();
}

export const originalConsume = EditMap.prototype.consume;

(EditMap.prototype as unknown as { consume: typeof consumeFromFirstEdit }).consume =
  consumeFromFirstEdit;
