/**
 * Word's automatic numbering (`word/numbering.xml`), rendered to the label a reader sees: `I.`,
 * `1.`, `a)`, `1.2.`. A numbered paragraph names a list instance (`w:numId`) and a level
 * (`w:ilvl`); the instance names an abstract definition whose levels give the format (`numFmt`),
 * the text around the counters (`lvlText`: `%1.%2.`), the start and when a level restarts. Counters
 * are kept per instance: numbering a paragraph at a level restarts the levels below it (or those
 * whose `lvlRestart` names it), and an instance's `startOverride` sets where it starts.
 */
import { formatRoman } from '../../vi/roman.js';
import { attributeVal, child, elements, type XmlElement } from '../xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level (1-based, as `lvlRestart` counts) after which this one restarts; 0 never. */
  restartAfter: number | undefined;
  /** `isLgl`: every counter in the label written as a decimal (`1.2` under `II`). */
  legal: boolean;
}

export interface NumberLabel {
  /** The label as Word shows it, or '' for a bullet. */
  label: string;
  bullet: boolean;
  level: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<
    string,
    { abstract: string; overrides: Map<number, { start?: number; level?: Level }> }
  >();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(root: XmlElement | undefined) {
    if (!root) return;
    for (const abstract of elements(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of elements(abstract, 'lvl'))
        levels.set(int(lvl.attributes.ilvl) ?? 0, level(lvl));
      this.abstracts.set(abstract.attributes.abstractNumId ?? '', levels);
    }
    for (const num of elements(root, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const override of elements(num, 'lvlOverride')) {
        const lvl = child(override, 'lvl');
        const start = int(attributeVal(override, 'startOverride'));
        overrides.set(int(override.attributes.ilvl) ?? 0, {
          ...(start === undefined ? {} : { start }),
          ...(lvl ? { level: level(lvl) } : {}),
        });
      }
      this.instances.set(num.attributes.numId ?? '', {
        abstract: attributeVal(num, 'abstractNumId') ?? '',
        overrides,
      });
    }
  }

  /** The label of the next paragraph numbered `numId` at `ilvl`, counting it; undefined if none. */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined; // numId 0: numbering removed
    const levelOf = (i: number): Level | undefined =>
      instance.overrides.get(i)?.level ?? this.abstracts.get(instance.abstract)?.get(i);
    const current = levelOf(ilvl);
    if (!current) return undefined;
    const startOf = (i: number) => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 1;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    const previous = counts[ilvl];
    counts[ilvl] = previous === undefined ? startOf(ilvl) : previous + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restartAfter;
      // By default a level restarts after any level above it; `lvlRestart` 0 never restarts.
      if (restart === undefined || (restart !== 0 && ilvl + 1 <= restart))
        counts[deeper] = undefined;
    }
    if (current.format === 'bullet') return { label: '', bullet: true, level: ilvl };
    const label = current.text.replace(/%([1-9])/g, (_, digit: string) => {
      const i = Number(digit) - 1;
      const value = counts?.[i] ?? startOf(i);
      const format = current.legal && i < ilvl ? 'decimal' : (levelOf(i)?.format ?? 'decimal');
      return formatCounter(value, format);
    });
    return { label, bullet: false, level: ilvl };
  }
}

function level(lvl: XmlElement): Level {
  const restart = attributeVal(lvl, 'lvlRestart');
  return {
    start: int(attributeVal(lvl, 'start')) ?? 0,
    format: attributeVal(lvl, 'numFmt') ?? 'decimal',
    text: attributeVal(lvl, 'lvlText') ?? '',
    restartAfter: restart === undefined ? undefined : (int(restart) ?? undefined),
    legal: child(lvl, 'isLgl') !== undefined && attributeVal(lvl, 'isLgl') !== '0',
  };
}

const int = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
};

/** A counter in one of Word's number formats; an unknown format is written as a decimal. */
export function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = formatRoman(value);
      if (!roman.ok) return String(value);
      return format === 'upperRoman' ? roman.value : roman.value.toLowerCase();
    }
    case 'upperLetter':
    case 'lowerLetter': {
      // Word repeats the letter past z: 27 → aa, 28 → bb.
      if (value < 1) return String(value);
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(
        Math.floor((value - 1) / 26) + 1,
      );
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}
