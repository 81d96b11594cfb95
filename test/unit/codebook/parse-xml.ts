import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
}

// jsdom (a dev dependency for the component tests) has no type declarations here; only its DOMParser is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const { DOMParser: XmlParser } = new JSDOM('').window;

/**
 * Parses XML with a namespace-aware parser other than the one the engine reads with, so a test of an
 * export checks the file as another program would see it.
 */
export function parseXml(xml: string): Document {
  const document = new XmlParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error(`not well-formed XML:\n${xml}`);
  return document;
}

/** The element children of an element, by local name. */
export function childElements(element: Element, localName?: string): Element[] {
  return Array.from(element.children).filter((child) => localName === undefined || child.localName === localName);
}
