/**
 * XML → a small element tree, read by saxes (a conformant, non-validating parser): what the Word
 * reader walks. Elements are named by local name, with their namespace URI, so that a part that
 * binds the WordprocessingML namespace to another prefix reads the same.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name: `p` for `w:p`. */
  name: string;
  uri: string;
  /** Attributes by local name (`w:val` → `val`). */
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Parses a whole document; throws on XML that is not well formed (the reader reports it). */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'string') continue;
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes,
      children: [],
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  parser.on('cdata', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  parser.write(text).close();
  if (error) throw error;
  const [element] = root.children.filter((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new Error('no root element');
  return element;
}

/** The element children of a node, optionally by local name. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of node.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

/** The first element child of that local name. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (const element of node.children) {
    if (typeof element !== 'string' && element.name === name) return element;
  }
  return undefined;
}

/** `w:val` of a child element: `<w:numFmt w:val="decimal"/>` → `decimal`. */
export function attributeVal(node: XmlElement | undefined, name: string): string | undefined {
  return child(node, name)?.attributes.val;
}
