// Technique (beyond the list): a DOM node is the road from a Compartment back to the page's window, through
// a ref (on an element or a library component) or an event handler. One per frame.
import React, { useRef } from 'react';
import { AbsoluteFill, Img, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const CANARY = '__CANARY__';
type Node = { ownerDocument: { defaultView: { fetch: (url: string) => void } } };
const escape = (node: unknown) => {
  if (node) {
    (node as Node).ownerDocument.defaultView.fetch(`${CANARY}/dom-node`);
  }
};

export default function Video({ images }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const held = useRef<unknown>(null);
  const variants = [
    () => <div ref={escape} />,
    () => <div ref={held as React.RefObject<HTMLDivElement>} />,
    () => <AbsoluteFill ref={escape as unknown as React.Ref<HTMLDivElement>} />,
    () => <Img onError={(event) => escape(event.currentTarget)} src={images[0] ?? ""} />,
    () => <svg onLoad={(event) => escape(event.currentTarget)} />,
  ];
  return <AbsoluteFill style={{ backgroundColor: '#000000' }}>{variants[frame % variants.length]()}</AbsoluteFill>;
}
