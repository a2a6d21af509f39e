/**
 * Text from HTML with a real, streaming HTML parser (htmlparser2): scripts, styles, templates and
 * comments never reach the text, block elements become line breaks, entities are decoded.
 * Streaming keeps memory flat and depth-independent on deeply nested markup.
 * @module
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'select', 'button', 'canvas']);

/** Elements that end a paragraph: a blank line after them, as text copied from a page has. */
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'article', 'section',
  'header', 'footer', 'aside', 'nav', 'main', 'table', 'ul', 'ol', 'dl', 'pre', 'form', 'hr', 'address',
]);

/** Elements that end a line. */
const LINE_BLOCKS = new Set(['br', 'div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'option', 'label']);

/** The text of an HTML page and its `<title>`. */
export interface HtmlText {
  /** The page's readable text: one paragraph per block element, separated by blank lines. */
  text: string;
  /** The content of the page's `<title>`, when it has one. */
  title?: string;
}

/**
 * Extracts readable text from HTML; never throws on malformed markup. Scripts, styles and other
 * non-text elements are dropped; block elements end paragraphs.
 * @example
 * ```ts
 * import { htmlToText } from 'news-enrich';
 * htmlToText('<title>News</title><p>First.</p><p>Second.</p>'); // { text: 'First.\n\nSecond.', title: 'News' }
 * ```
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  // Breaks of nested blocks merge: a pending break is written once, before the next text.
  let pendingBreak: '' | '\n' | '\n\n' = '';
  const breakLine = (blank: boolean) => {
    if (blank) pendingBreak = '\n\n';
    else if (!pendingBreak) pendingBreak = '\n';
  };

  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && (PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name))) breakLine(PARAGRAPH_BLOCKS.has(name));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && PARAGRAPH_BLOCKS.has(name)) breakLine(true);
        else if (skipDepth === 0 && LINE_BLOCKS.has(name) && name !== 'br') breakLine(false);
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) {
          if (pendingBreak && data.trim()) {
            out.push(pendingBreak);
            pendingBreak = '';
          }
          out.push(data);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const cleanTitle = collapseSpaces(title).trim();
  return { text: tidyLines(out.join('')), ...(cleanTitle ? { title: cleanTitle } : {}) };
}

/** Collapses runs of spaces and tabs (not newlines) into one space. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\f\v\r\u00a0]+/g, ' ');
}

/** Source indentation and the breaks of nested blocks become at most one blank line. */
function tidyLines(text: string): string {
  return collapseSpaces(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
