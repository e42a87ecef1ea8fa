import { tokenize, tokenTypes } from 'css-tree/tokenizer';
import { ident as cssIdent, string as cssString, url as cssUrl } from 'css-tree/utils';

/*
 * What a piece of CSS would load, found by css-tree's tokenizer (the first stage of its parser) and its decoders,
 * never by spelling: `\75 rl(` is url( once escapes are decoded, "\68 ttps\3a //" is "https://". The tokens are
 * walked rather than css-tree's syntax tree because browsers decode escapes in a function's name before deciding
 * whether it is url(, and the tree keeps `\75 rl` as an ordinary function whose argument does not parse.
 *
 * Loads: url() (quoted or not, escaped or not), src() (CSS Values 4), every string directly inside image-set() or
 * -webkit-image-set() (a bare string is an image there), the string after @import, and the strings of a `src:`
 * declaration (@font-face).
 */

export type CssResourceKind = 'url' | 'image-set' | 'import' | 'src';

export interface CssResource {
  kind: CssResourceKind;
  /** The address with escapes decoded. */
  value: string;
  /** The text ends inside it (`url(` with no closing parenthesis): more may be appended at run time. */
  open: boolean;
}

export interface CssFindings {
  resources: CssResource[];
  /** Names of functions and at-rules that contain `marker` (a piece of text known only at run time). */
  builtNames: string[];
}

interface Token {
  type: number;
  text: string;
  start: number;
  end: number;
}

const URL_FUNCTIONS = new Set(['url', 'src']);
const IMAGE_SETS = new Set(['image-set', '-webkit-image-set']);

const tokensOf = (text: string): Token[] => {
  const tokens: Token[] = [];
  tokenize(text, (type, start, end) => {
    tokens.push({ type, text: text.slice(start, end), start, end });
  });
  return tokens;
};

const decodeName = (raw: string): string => {
  try {
    return cssIdent.decode(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
};

const decodeString = (raw: string): string => {
  try {
    return cssString.decode(raw);
  } catch {
    return raw;
  }
};

/** The address inside `url(` ... `)` from its raw text (quoted: a string; unquoted: a url token's value). */
const decodeUrlBody = (raw: string): string => {
  const body = raw.trim();
  if (body.startsWith('"') || body.startsWith("'")) {
    return decodeString(body);
  }
  try {
    return cssUrl.decode(`url(${body})`);
  } catch {
    return body;
  }
};

const isSpace = (token: Token | undefined): boolean =>
  token !== undefined && (token.type === tokenTypes.WhiteSpace || token.type === tokenTypes.Comment);

/**
 * Everything a CSS text (a value, a declaration list or a style sheet) would load. `marker` is a substring that
 * stands for a piece known only at run time; names of functions or at-rules containing it are reported.
 */
export const cssResources = (text: string, marker: RegExp): CssFindings => {
  const tokens = tokensOf(text);
  const resources: CssResource[] = [];
  const builtNames: string[] = [];
  /** Open parentheses and functions, innermost last (a function's decoded name, '' for a bare parenthesis). */
  const stack: string[] = [];
  let inSrcDeclaration = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const context = stack[stack.length - 1];
    switch (token.type) {
      case tokenTypes.Url:
      case tokenTypes.BadUrl: {
        const closed = token.text.endsWith(')');
        const body = token.text.slice(token.text.indexOf('(') + 1, closed ? -1 : undefined);
        const value = token.type === tokenTypes.Url ? decodeUrlBody(body) : token.text;
        resources.push({ kind: 'url', value, open: !closed });
        break;
      }
      case tokenTypes.Function: {
        const name = decodeName(token.text.slice(0, -1));
        marker.lastIndex = 0;
        if (marker.test(token.text)) {
          builtNames.push(token.text.slice(0, -1));
        }
        if (URL_FUNCTIONS.has(name)) {
          // url( with a quoted string, or an escaped url( that css-tree did not turn into a url token: the
          // address runs to the next ')' (an unquoted url cannot hold one, a string is one token).
          let j = i + 1;
          while (j < tokens.length && tokens[j].type !== tokenTypes.RightParenthesis) {
            j++;
          }
          const end = j < tokens.length ? tokens[j].start : text.length;
          const value = decodeUrlBody(text.slice(token.end, end));
          resources.push({ kind: name === 'src' ? 'src' : 'url', value, open: j >= tokens.length });
          i = j; // past the ')'
          break;
        }
        stack.push(name);
        break;
      }
      case tokenTypes.LeftParenthesis:
        stack.push('');
        break;
      case tokenTypes.RightParenthesis:
        stack.pop();
        break;
      case tokenTypes.String:
      case tokenTypes.BadString:
        if (context !== undefined && IMAGE_SETS.has(context)) {
          resources.push({ kind: 'image-set', value: decodeString(token.text), open: token.type === tokenTypes.BadString });
        } else if (inSrcDeclaration) {
          resources.push({ kind: 'src', value: decodeString(token.text), open: token.type === tokenTypes.BadString });
        }
        break;
      case tokenTypes.AtKeyword: {
        marker.lastIndex = 0;
        if (marker.test(token.text)) {
          builtNames.push(token.text);
        }
        if (decodeName(token.text.slice(1)) === 'import') {
          let j = i + 1;
          while (isSpace(tokens[j])) {
            j++;
          }
          const next = tokens[j];
          if (!next) {
            resources.push({ kind: 'import', value: '', open: true });
          } else if (next.type === tokenTypes.String || next.type === tokenTypes.BadString) {
            resources.push({ kind: 'import', value: decodeString(next.text), open: next.type === tokenTypes.BadString });
            i = j;
          }
        }
        break;
      }
      case tokenTypes.Ident: {
        if (decodeName(token.text) === 'src') {
          let j = i + 1;
          while (isSpace(tokens[j])) {
            j++;
          }
          if (tokens[j]?.type === tokenTypes.Colon) {
            inSrcDeclaration = true;
            i = j;
          }
        }
        break;
      }
      case tokenTypes.Semicolon:
      case tokenTypes.LeftCurlyBracket:
      case tokenTypes.RightCurlyBracket:
        inSrcDeclaration = false;
        break;
      default:
        break;
    }
  }
  // An image-set( left open at the end: whatever is appended next is loaded.
  if (stack.some((name) => IMAGE_SETS.has(name))) {
    resources.push({ kind: 'image-set', value: '', open: true });
  }
  return { resources, builtNames };
};
