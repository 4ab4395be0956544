/**
 * Text made safe for a DOM id without two different texts ever meeting: letters, digits and hyphens stay,
 * every other character becomes `_` and its hex code (two digits, or `u` and four above U+00FF). So the
 * partner ids `a.b` and `a-b`, or `a_b`, keep their own checkboxes and labels.
 */
export function domIdPart(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (/[A-Za-z0-9-]/.test(char)) {
      out += char;
      continue;
    }
    const code = text.charCodeAt(i);
    out +=
      code <= 0xff
        ? `_${code.toString(16).padStart(2, '0')}`
        : `_u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}
