/** Parse an HTML string into a Document under Node (no scripts run), for the CLI and benches. */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
