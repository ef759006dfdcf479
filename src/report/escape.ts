/** HTML escaping for text content and for attribute values (always written in double quotes). */

// A carriage return is written as a reference: the HTML parser would fold a raw CR LF into
// LF, and the pane's text would no longer be the input the offsets index.
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;' };

export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => TEXT[c]!);
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r]/g, (c) => ATTR[c]!);
}
