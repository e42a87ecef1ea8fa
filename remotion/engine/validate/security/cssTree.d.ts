// css-tree's tokenizer and decoders load in milliseconds; its main entry also builds the lexer from the MDN data
// (hundreds of milliseconds at engine start). @types/css-tree declares only the main entry: the two subpaths the
// validator imports reuse its types.
declare module 'css-tree/tokenizer' {
  export { tokenize, tokenTypes } from 'css-tree';
}

declare module 'css-tree/utils' {
  export { ident, string, url } from 'css-tree';
}
