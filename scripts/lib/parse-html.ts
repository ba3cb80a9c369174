/** Parse an HTML string into a Document under Node (no scripts run), for the CLI and benches. */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string): Document {
  // happy-dom 21 reads everything after a <style> inside an <svg> as that style's text (the rest
  // of the page vanishes); browsers do not. Icons' styles carry nothing an adapter reads.
  html = html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
