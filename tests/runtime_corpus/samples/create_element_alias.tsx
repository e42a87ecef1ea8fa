// Technique: createElement reached under another name builds an <iframe srcDoc> (any letter case), raw HTML and
// plugin elements, one per frame.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

const CANARY = '__CANARY__';
const make = React[('create' + 'Element') as 'createElement'] as (type: string, props: object) => React.ReactElement;
const html = `<img src="${CANARY}/srcdoc.png"><script>fetch('${CANARY}/srcdoc-script')</script>`;

const variants = [
  () => make('IFRAME', { srcDoc: html }),
  () => make('iframe', { SRCDOC: html }),
  () => make('div', { dangerouslySetInnerHTML: { __html: html } }),
  () => make('object', { data: `${CANARY}/object` }),
  () => make('Embed', { src: `${CANARY}/embed` }),
  () => make('x-frame', { src: `${CANARY}/custom-element` }),
];

export default function Video() {
  const frame = useCurrentFrame();
  return <AbsoluteFill style={{ backgroundColor: '#000000' }}>{variants[frame % variants.length]()}</AbsoluteFill>;
}
