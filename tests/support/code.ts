/**
 * A template tag for test code: drops the first line break and the indentation common to
 * every line, so cases can be indented with the test while lines and columns stay readable.
 */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '').replace(/\n\s*$/, '\n');
  const indents = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)![0].length);
  const indent = Math.min(...indents);
  return raw
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}
