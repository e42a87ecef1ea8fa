// Technique (beyond the list): an object that only looks like a React element (no createElement, so no
// checks), a real element changed after it was made, and a context turned into another kind of element.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

const CANARY = '__CANARY__';
const element = <div />;
const forged = {
  $$typeof: element.$$typeof,
  type: 'iframe',
  key: null,
  ref: null,
  props: { srcDoc: `<script>fetch('${CANARY}/forged')</script>` },
  _owner: null,
  _store: {},
};
const Context = React.createContext(0);

const variants: Array<() => React.ReactNode> = [
  () => forged as unknown as React.ReactNode,
  () => <div>{[forged as unknown as React.ReactNode]}</div>,
  () => {
    const real = <img alt="" />;
    (real.props as Record<string, unknown>).src = `${CANARY}/mutated.png`;
    return real;
  },
  () => {
    const context = Context as unknown as Record<string, unknown>;
    context.$$typeof = Symbol.for('react.forward_ref');
    context.render = () => forged;
    return <Context value={1} />;
  },
  () => React.cloneElement(forged as unknown as React.ReactElement),
];

export default function Video() {
  const frame = useCurrentFrame();
  return <AbsoluteFill style={{ backgroundColor: '#000000' }}>{variants[frame % variants.length]()}</AbsoluteFill>;
}
