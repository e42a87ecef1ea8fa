// Wall 3, the React that generated code receives. Generated code makes elements only through this facade, and
// everything it hands to React is checked here first:
// - host elements: no <iframe>/<script>/<style>/SVG animation..., no ref, event handler or raw HTML, URLs only
//   to the job's assets, CSS (style and presentation attributes) loading nothing else;
// - library and Remotion components: the same for their props, walked deeply (a colour or a style object given
//   to the library ends up in CSS), functions wrapped so that what they return is checked too;
// - only elements made here may be rendered: an object that merely looks like a React element is refused, so
//   nothing bypasses these checks, and elements and their props are frozen once checked.
// Without ref and event handlers, generated code never holds a DOM node, the one road from a Compartment back to
// the page's window and document.
//
// Module-level state: generated components are rendered through stable stand-ins keyed by their name and source,
// so realm.ts can run the module afresh for every frame (its module-level variables start over each frame) while
// React keeps the same component tree, and with it the layers that are painted only once.
import React from 'react';
import {
  AssetPolicy,
  assertHostTag,
  forbiddenPropReason,
  isUrlPropName,
  normalisedName,
  SandboxViolation,
  URL_ATTRIBUTES,
} from './policy';

type Props = Record<string, unknown>;
type AnyFunction = (...args: unknown[]) => unknown;

// The function a stand-in component calls, carried in its props (user props of that name are refused).
const IMPL = '__pprImpl';
const MAX_DEPTH = 32;

const REACT_SYMBOL_TYPES: ReadonlySet<unknown> = new Set([
  React.Fragment,
  React.Suspense,
  React.StrictMode,
  (React as unknown as { Activity?: unknown }).Activity,
]);

const functionSource = Function.prototype.toString;

const describeType = (type: unknown, names?: WeakMap<object, string>): string => {
  if (typeof type === 'string') {
    return `<${type}>`;
  }
  const exported = (typeof type === 'object' || typeof type === 'function') && type !== null ? names?.get(type) : undefined;
  if (exported) {
    return `<${exported}>`;
  }
  const named = type as { displayName?: unknown; name?: unknown } | null;
  const name = named && (typeof named.displayName === 'string' ? named.displayName : named.name);
  return typeof name === 'string' && name ? `<${name}>` : 'an element';
};

const isPlainData = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
};

type Kind = 'host' | 'trusted' | 'generated' | 'symbol' | 'context';

/**
 * React.Component as generated code gets it: a class that only renders. React never sees a generated class (an
 * instance of React's own would hold its fiber, and through it DOM nodes); its stand-in makes a fresh instance
 * with the props and calls render() on every render, so state and lifecycle methods are not available.
 */
class RenderOnlyComponent {
  readonly props: Props;
  state: unknown = undefined;

  constructor(props: Props) {
    this.props = props;
  }

  setState(): never {
    throw new SandboxViolation('setState() is not available in a video: a class component only renders its props (use hooks)');
  }

  forceUpdate(): never {
    throw new SandboxViolation('forceUpdate() is not available in a video: a class component only renders its props');
  }
}

type RenderOnlyClass = new (props: Props) => { render?: () => unknown };

const isRenderOnlyClass = (fn: unknown): fn is RenderOnlyClass => {
  const prototype = (fn as { prototype?: unknown }).prototype;
  return typeof prototype === 'object' && prototype !== null && RenderOnlyComponent.prototype.isPrototypeOf(prototype);
};

/** A generated function component, or a generated class that extends React.Component, rendered once. */
const renderGenerated = (impl: unknown, props: Props): unknown => {
  if (!isRenderOnlyClass(impl)) {
    return (impl as AnyFunction)(props);
  }
  const defaults = (impl as { defaultProps?: unknown }).defaultProps;
  const resolved =
    typeof defaults === 'object' && defaults !== null
      ? Object.freeze({ ...(defaults as Props), ...Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) })
      : props;
  const instance = new impl(resolved);
  if (typeof instance.render !== 'function') {
    throw new SandboxViolation(`${impl.name || 'a class component'} has no render() method`);
  }
  return instance.render();
};

/** One realm's element checks; `policy` is the job's asset list. */
export class ElementGuard {
  private readonly genuine = new WeakSet<object>();
  // Arrays of children checkNode made, and data checkValue passed: kept apart, since a data object that passed as
  // a prop is no child (React would read a `then` or an iterator on it).
  private readonly checkedChildren = new WeakSet<object>();
  private readonly checked = new WeakSet<object>();
  private readonly checkedStyles = new WeakSet<object>();
  private readonly trusted = new WeakSet<object>();
  private readonly names = new WeakMap<object, string>();
  private readonly contexts = new WeakSet<object>();
  private readonly standIns = new Map<string, React.FC<Props>>();
  private readonly standInTypes = new WeakSet<object>();
  private readonly keys = new WeakMap<object, string>();
  private readonly wrappedFunctions = new WeakMap<object, AnyFunction>();
  private readonly moduleContexts: React.Context<unknown>[] = [];
  private contextIndex: number | null = null;

  constructor(private readonly policy: AssetPolicy) {}

  /**
   * Marks library and Remotion components and functions (and their static members: Series.Sequence) as the
   * sandbox's own, under the names generated code imports them by.
   */
  trust(entries: Iterable<[string, unknown]>): void {
    const add = (name: string, value: unknown): void => {
      if ((typeof value === 'function' || (typeof value === 'object' && value !== null)) && !this.trusted.has(value)) {
        this.trusted.add(value);
        this.names.set(value, name);
        for (const key of Object.getOwnPropertyNames(value)) {
          const member = Object.getOwnPropertyDescriptor(value, key)?.value;
          if (key !== 'prototype' && (typeof member === 'function' || (typeof member === 'object' && member !== null))) {
            add(`${name}.${key}`, member);
          }
        }
      }
    };
    for (const [name, value] of entries) {
      add(name, value);
    }
  }

  /** The module of generated code is being run: createContext() calls get the contexts of the first run. */
  beginModule(): void {
    this.contextIndex = 0;
  }

  endModule(): void {
    this.contextIndex = null;
  }

  private kindOf(type: unknown): Kind {
    if (typeof type === 'string') {
      assertHostTag(type);
      return 'host';
    }
    if (typeof type === 'function') {
      if (this.trusted.has(type)) {
        return 'trusted';
      }
      if (this.standInTypes.has(type)) {
        throw new SandboxViolation('an element type taken from another element cannot be rendered again');
      }
      return 'generated';
    }
    if (typeof type === 'object' && type !== null) {
      if (this.trusted.has(type)) {
        return 'trusted';
      }
      if (this.contexts.has(type)) {
        return 'context';
      }
    }
    if (typeof type === 'symbol' && REACT_SYMBOL_TYPES.has(type)) {
      return 'symbol';
    }
    throw new SandboxViolation(`${describeType(type, this.names)} cannot be rendered: only elements, React's and Remotion's components and functions`);
  }

  /** The props object generated code passed, copied once (getters and proxies are read exactly once). */
  private copyConfig(config: unknown): Props {
    if (config === null || config === undefined) {
      return {};
    }
    if (typeof config !== 'object') {
      throw new SandboxViolation('element props must be an object');
    }
    const props: Props = {};
    for (const key of Object.keys(config)) {
      const value = (config as Props)[key];
      if (key === 'key') {
        if (value !== undefined && value !== null) {
          props.key = typeof value === 'string' || typeof value === 'number' ? String(value) : this.refuse('a key must be a string or a number');
        }
      } else {
        props[key] = value;
      }
    }
    return props;
  }

  private refuse(message: string): never {
    throw new SandboxViolation(message);
  }

  /** The stand-in component for a generated function: stable across runs of the module (see the top). */
  private standInFor(fn: AnyFunction): React.FC<Props> {
    let key = this.keys.get(fn);
    if (key === undefined) {
      key = `${fn.name}\u0000${functionSource.call(fn)}`;
      this.keys.set(fn, key);
    }
    let standIn = this.standIns.get(key);
    if (!standIn) {
      standIn = (props: Props) => {
        const { [IMPL]: impl, ...rest } = props;
        return this.checkNode(renderGenerated(impl, Object.freeze(rest))) as React.ReactNode;
      };
      Object.defineProperty(standIn, 'name', { value: fn.name || 'GeneratedComponent' });
      standIn.displayName = fn.name || 'GeneratedComponent';
      this.standIns.set(key, standIn);
      this.standInTypes.add(standIn);
    }
    return standIn;
  }

  /** What a generated component returns, or a child: text, numbers, elements made here, arrays of them. */
  readonly checkNode = (node: unknown, allowFunctions = false, depth = 0): unknown => {
    if (node === null || node === undefined || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' || typeof node === 'bigint') {
      return node;
    }
    if (typeof node === 'function') {
      return allowFunctions ? this.wrapFunction(node as AnyFunction) : this.refuse('a function cannot be rendered as a child');
    }
    if (typeof node !== 'object') {
      return this.refuse(`a ${typeof node} cannot be rendered`);
    }
    if (this.genuine.has(node) || this.checkedChildren.has(node)) {
      return node;
    }
    if (depth > MAX_DEPTH) {
      return this.refuse('children are nested too deeply');
    }
    if (Array.isArray(node)) {
      const copy = Object.freeze(Array.from(node, (item: unknown) => this.checkNode(item, allowFunctions, depth + 1)));
      this.checkedChildren.add(copy);
      return copy;
    }
    return this.refuse(
      '$$typeof' in node
        ? 'only elements made with React.createElement (JSX) can be rendered, not an object that looks like one'
        : 'only elements, text and arrays of them can be rendered',
    );
  };

  /** A function generated code hands to a library or Remotion component: what it returns is checked. */
  private wrapFunction(fn: AnyFunction): AnyFunction {
    if (this.trusted.has(fn)) {
      return fn;
    }
    let wrapped = this.wrappedFunctions.get(fn);
    if (!wrapped) {
      const check = this.checkValue;
      wrapped = function (this: unknown, ...args: unknown[]) {
        return check(Reflect.apply(fn, undefined, args), 'a value returned to a component');
      };
      this.wrappedFunctions.set(fn, wrapped);
      this.trusted.add(wrapped);
    }
    return wrapped;
  }

  /**
   * Data handed to a library or Remotion component, walked: strings may not load anything through CSS, elements
   * must be made here, functions are wrapped, only plain objects and arrays. Returns the value to pass on (a copy
   * where something was wrapped, or where it could still change).
   */
  private readonly checkValue = (value: unknown, where: string, depth = 0): unknown => {
    if (typeof value === 'string') {
      this.policy.assertCss(value, where);
      return value;
    }
    if (typeof value === 'function') {
      return this.wrapFunction(value as AnyFunction);
    }
    if (typeof value !== 'object' || value === null) {
      return value;
    }
    if (this.genuine.has(value) || this.checked.has(value)) {
      return value;
    }
    if (depth > MAX_DEPTH) {
      return this.refuse(`${where}: the data is nested too deeply`);
    }
    if ('$$typeof' in value) {
      return this.refuse(`${where}: only elements made with React.createElement (JSX) can be passed, not an object that looks like one`);
    }
    // A component may render what it is given: React would call a `then` or a symbol-keyed iterator on it.
    if (!isPlainData(value) || 'then' in value || Object.getOwnPropertySymbols(value).length > 0) {
      return this.refuse(`${where}: only plain objects and arrays (no then, no symbol keys) can be passed to a component`);
    }
    const frozen = Object.isFrozen(value);
    let changed = !frozen;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !('value' in descriptor)) {
        return this.refuse(`${where}.${key}: getters cannot be passed to a component`);
      }
      const checked = this.checkValue(descriptor.value, `${where}.${key}`, depth + 1);
      changed ||= checked !== descriptor.value;
      (copy as Record<string, unknown>)[key] = checked;
    }
    if (!changed) {
      // Frozen and clean: it cannot change any more, so it is never walked again.
      this.checked.add(value);
      return value;
    }
    Object.freeze(copy);
    this.checked.add(copy);
    return copy;
  };

  private checkStyle(style: unknown, where: string): unknown {
    if (style === null || style === undefined) {
      return style;
    }
    if (typeof style !== 'object' || Array.isArray(style)) {
      return this.refuse(`${where} style must be an object`);
    }
    if (this.checkedStyles.has(style)) {
      return style;
    }
    const copy: Props = {};
    for (const key of Object.keys(style)) {
      const value = (style as Props)[key];
      if (typeof value === 'string') {
        this.policy.assertCss(value, `${where} style.${key}`);
      } else if (value !== null && value !== undefined && typeof value !== 'number' && typeof value !== 'boolean') {
        return this.refuse(`${where} style.${key} must be a string or a number`);
      }
      copy[key] = value;
    }
    Object.freeze(copy);
    this.checkedStyles.add(copy);
    return copy;
  }

  private checkHostProps(tag: string, props: Props): void {
    const where = `<${tag}>`;
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (name === 'children') {
        props.children = this.checkNode(value);
        continue;
      }
      if (name === 'key') {
        continue;
      }
      const reason = forbiddenPropReason(name, true);
      if (reason) {
        this.refuse(`${where} ${name} is not allowed: ${reason}`);
      }
      if (name === 'style') {
        props.style = this.checkStyle(value, where);
      } else if (URL_ATTRIBUTES.has(normalisedName(name))) {
        if (value !== null && value !== undefined && value !== false) {
          this.policy.assertUrlAttribute(name, value, where);
        }
      } else if (typeof value === 'string') {
        this.policy.assertCss(value, `${where} ${name}`);
      } else if (value !== null && value !== undefined && typeof value !== 'number' && typeof value !== 'boolean') {
        this.refuse(`${where} ${name} must be a string, a number or a boolean`);
      }
    }
  }

  private checkComponentProps(type: unknown, props: Props): void {
    const where = describeType(type, this.names);
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (name === 'key') {
        continue;
      }
      if (name === 'children') {
        props.children = this.checkNode(value, true);
        continue;
      }
      const reason = forbiddenPropReason(name, false);
      if (reason) {
        this.refuse(`${where} ${name} is not allowed: ${reason}`);
      }
      if (typeof value === 'string' && isUrlPropName(name)) {
        this.policy.assertSource(value, `${where} ${name}`);
      } else if (name === 'style') {
        props.style = this.checkStyle(value, where);
      } else {
        props[name] = this.checkValue(value, `${where} ${name}`);
      }
    }
  }

  private checkProps(kind: Kind, type: unknown, props: Props): unknown {
    switch (kind) {
      case 'host':
        this.checkHostProps(type as string, props);
        return type;
      case 'trusted':
      case 'symbol':
        this.checkComponentProps(type, props);
        return type;
      case 'context':
        for (const name of Object.keys(props)) {
          if (name === 'children') {
            props.children = this.checkNode(props.children, true);
          } else if (name !== 'value' && name !== 'key') {
            this.refuse(`a context provider takes only value and children, not ${name}`);
          }
        }
        return type;
      case 'generated':
        for (const name of Object.keys(props)) {
          const reason = name === 'ref' || name.startsWith('__ppr') ? forbiddenPropReason(name, false) : null;
          if (reason) {
            this.refuse(`${describeType(type, this.names)} ${name} is not allowed: ${reason}`);
          }
        }
        props[IMPL] = type;
        return this.standInFor(type as AnyFunction);
    }
  }

  private seal<T extends object>(element: T): T {
    Object.freeze((element as { props?: object }).props);
    Object.freeze(element);
    this.genuine.add(element);
    return element;
  }

  readonly createElement = (type: unknown, config?: unknown, ...children: unknown[]): React.ReactElement => {
    const kind = this.kindOf(type);
    const props = this.copyConfig(config);
    if (children.length > 0) {
      props.children = children.length === 1 ? children[0] : children;
    }
    const renderedType = this.checkProps(kind, type, props);
    return this.seal(React.createElement(renderedType as React.ElementType, props));
  };

  readonly cloneElement = (element: unknown, config?: unknown, ...children: unknown[]): React.ReactElement => {
    if (typeof element !== 'object' || element === null || !this.genuine.has(element)) {
      return this.refuse('cloneElement() takes only elements made with React.createElement (JSX)');
    }
    const original = element as React.ReactElement<Props>;
    const standIn = this.standInTypes.has(original.type as object);
    const type = standIn ? original.props[IMPL] : original.type;
    const props = this.copyConfig(config);
    if (children.length > 0) {
      props.children = children.length === 1 ? children[0] : children;
    }
    const kind = this.kindOf(type);
    this.checkProps(kind, type, props);
    delete props[IMPL];
    return this.seal(React.cloneElement(original, props));
  };

  /** createContext() for generated code: while its module runs, the same contexts as its first run. */
  readonly createContext = (defaultValue: unknown): React.Context<unknown> => {
    const index = this.contextIndex;
    if (index !== null) {
      this.contextIndex = index + 1;
      const existing = this.moduleContexts[index];
      if (existing) {
        return existing;
      }
    }
    const context = React.createContext(defaultValue);
    // React writes the current value into the context; what it reads to decide how to render one stays fixed.
    for (const key of ['$$typeof', 'Provider', 'Consumer'] as const) {
      Object.defineProperty(context, key, { writable: false, configurable: false });
    }
    Object.preventExtensions(context);
    Object.freeze(context.Consumer);
    this.contexts.add(context);
    this.contexts.add(context.Consumer);
    if (index !== null) {
      this.moduleContexts[index] = context;
    }
    return context;
  };

  /** React.Children with the results of map() and toArray() (React's copies of checked elements) usable. */
  readonly children = {
    map: (children: unknown, fn: AnyFunction, context?: unknown): readonly unknown[] | null | undefined => {
      const result = React.Children.map(children as React.ReactNode, (child, index) =>
        this.checkNode(Reflect.apply(fn, context, [child, index])),
      ) as unknown[] | null | undefined;
      result?.forEach((item) => typeof item === 'object' && item !== null && this.seal(item));
      return result && Object.freeze(result);
    },
    forEach: (children: unknown, fn: AnyFunction, context?: unknown): void =>
      React.Children.forEach(children as React.ReactNode, (child, index) => {
        Reflect.apply(fn, context, [child, index]);
      }),
    count: (children: unknown): number => React.Children.count(children as React.ReactNode),
    only: (children: unknown): unknown => React.Children.only(this.checkNode(children) as React.ReactNode),
    toArray: (children: unknown): unknown[] => {
      const result = React.Children.toArray(this.checkNode(children) as React.ReactNode) as unknown[];
      result.forEach((item) => typeof item === 'object' && item !== null && this.seal(item));
      return Object.freeze(result) as unknown[];
    },
  };

  /** React.Component and React.PureComponent for generated code: classes that only render (see above). */
  readonly Component = RenderOnlyComponent;
  readonly PureComponent = RenderOnlyComponent;

  /** memo() and forwardRef() give the component itself: memoising is an optimisation, and refs are refused. */
  readonly memo = (component: unknown): unknown => {
    if (typeof component !== 'function' && !(typeof component === 'object' && component !== null && this.trusted.has(component))) {
      return this.refuse('memo() takes a function component');
    }
    return component;
  };

  readonly forwardRef = (render: unknown): unknown => {
    if (typeof render !== 'function') {
      return this.refuse('forwardRef() takes a function');
    }
    const component = (props: Props): unknown => (render as AnyFunction)(props, null);
    this.keys.set(component, `forwardRef\u0000${render.name}\u0000${functionSource.call(render)}`);
    Object.defineProperty(component, 'name', { value: render.name });
    return component;
  };
}
