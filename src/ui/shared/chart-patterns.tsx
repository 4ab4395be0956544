/**
 * Fill patterns for bars and areas, so series differ by texture as well as colour. Pattern 0 is solid;
 * the others lay white lines or dots over the series colour.
 */
const MARKS = [
  null,
  'M0,8 L8,0',
  'M0,0 L8,8',
  'M0,4 L8,4',
  'M4,0 L4,8',
  'M0,8 L8,0 M0,0 L8,8',
  'dots',
] as const;

function patternId(prefix: string, key: string): string {
  return `${prefix}-${key}`;
}

/** The fill for a series: its colour when solid, else a reference to its pattern. */
export function patternFill(prefix: string, key: string, pattern: number, colour: string): string {
  return MARKS[pattern % MARKS.length] === null ? colour : `url(#${patternId(prefix, key)})`;
}

type Props = { prefix: string; items: readonly { key: string; colour: string; pattern: number }[] };

export function PatternDefs({ prefix, items }: Props) {
  return (
    <defs>
      {items.map((item) => {
        const mark = MARKS[item.pattern % MARKS.length] ?? null;
        if (mark === null) return null;
        return (
          <pattern
            key={item.key}
            id={patternId(prefix, item.key)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={item.colour} />
            {mark === 'dots' ? (
              <circle cx="4" cy="4" r="1.6" fill="#fff" />
            ) : (
              <path d={mark} stroke="#fff" strokeWidth="1.6" />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}
