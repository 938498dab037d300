/** The linear EditMap.consume gives what micromark's own does, edit for edit. */
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { consumeFromFirstEdit, originalConsume } from '../src/parse/linear-edit-map.js';

type Event = Parameters<EditMap['add']>[2][number];

describe('consumeFromFirstEdit', () => {
  it('is installed as EditMap.prototype.consume', () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
  });

  it('applies any edits exactly as the original does', () => {
    const edit = fc.record({
      at: fc.nat({ max: 40 }),
      remove: fc.nat({ max: 5 }),
      add: fc.array(fc.integer({ min: 100, max: 999 }), { maxLength: 4 }),
      before: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.array(edit, { maxLength: 6 }), (length, edits) => {
        const events = Array.from({ length }, (_, i) => i);
        const results = [originalConsume, consumeFromFirstEdit].map((consume) => {
          const map = new EditMap();
          for (const { at, remove, add, before } of edits) {
            // Edits stay within the events, as micromark's do.
            const start = Math.min(at, length);
            const removed = Math.min(remove, length - start);
            // A copy each: EditMap pushes into the arrays it is given.
            const added = [...add] as unknown as Event[];
            if (before) map.addBefore(start, removed, added);
            else map.add(start, removed, added);
          }
          const copy = [...events] as unknown as Event[];
          consume.call(map, copy);
          return copy;
        });
        expect(results[1]).toEqual(results[0]);
      }),
      { numRuns: 2000 },
    );
  });
});
