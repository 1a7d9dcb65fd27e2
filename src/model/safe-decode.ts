/**
 * decodeURIComponent that never throws. A truncated or hand-edited link (`#%`, `#%E0%A4%A`, half an
 * emoji) keeps the percent signs it cannot decode; every well-formed run of escapes is decoded.
 */
export function safeDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
