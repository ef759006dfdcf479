/** HTML escaping for text content and for attribute values (always written in double quotes). */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;' };

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c]!);
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ATTR[c]!);
}
