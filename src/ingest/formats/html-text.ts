// The visible text of an HTML element with its paragraphs kept apart. textContent runs paragraphs
// together ("...the coalition said.The Saudi-led..."), which breaks sentence splitting and the
// spans; here each block element starts a new paragraph and whitespace inside a block collapses:
//   <p>Rebels fired rockets.</p><p>The army replied.</p>  →  "Rebels fired rockets.\n\nThe army replied."

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'br',
]);
// Never text a reader sees.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'button', 'select', 'textarea']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).localName.toLowerCase();
        if (HIDDEN.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
