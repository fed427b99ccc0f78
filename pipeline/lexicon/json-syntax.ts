// Strict JSON syntax check with the offset of the first fault. A .json lexicon must be JSON,
// not just YAML (which accepts a trailing comma, comments and unquoted keys); JSON.parse in
// Node 20 does not always say where it failed, so this small scanner does.
// Reads text; gives null or { offset, message }.

export interface JsonFault {
  readonly offset: number;
  readonly message: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function jsonSyntaxFault(text: string): JsonFault | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const what = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const expect = (char: string, context: string) => {
    ws();
    if (text[i] !== char) throw new Fault(i, `expected '${char}' ${context}, found ${what()}`);
    i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const esc = text[i + 1] ?? '';
        if (esc === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(esc) || esc === '') throw new Fault(i, 'invalid escape in a string');
        i += esc === 'u' ? 6 : 2;
      } else if (text.charCodeAt(i) < 0x20) throw new Fault(i, 'a line break or control character inside a string');
      else i++;
    }
    if (i >= text.length) throw new Fault(start, 'a string opened here is never closed');
    i++;
  };
  /** An object or a list: items separated by commas, no trailing comma. */
  const sequence = (close: string, item: () => void, after: string): void => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (let comma = -1; ; ) {
      ws();
      if (text[i] === close && comma >= 0) throw new Fault(comma, `a trailing comma before ${close}`);
      item();
      ws();
      if (text[i] !== ',') return expect(close, `or a comma after ${after}`);
      comma = i++;
    }
  };
  const member = (): void => {
    if (text[i] !== '"') throw new Fault(i, `expected a "quoted" key, found ${what()}`);
    string();
    expect(':', 'after a key');
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return sequence('}', member, 'a value');
    if (c === '[') return sequence(']', value, 'a list item');
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(text)) throw new Fault(i, `expected a value, found ${what()}`);
    i = LITERAL.lastIndex;
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Fault(i, `unexpected ${what()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof Fault) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return { offset: i, message: 'nested too deeply' }; // call stack
    throw error;
  }
}
