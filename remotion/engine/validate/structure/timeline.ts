import ts from 'typescript';
import { foldNumber } from '../constants';
import { importedExport, resolveIdentifier, type Analysis } from '../symbols';

export type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement;

export interface Scene {
  element: JsxNode;
  /** Frames the scene lasts, when written as a constant. */
  frames: number | null;
  /** Frames before it starts: `from` of a Sequence, `offset` of a Series.Sequence. */
  start: number | null;
  /** One element that stands for many scenes (inside .map()). */
  repeated: boolean;
}

export interface Timeline {
  element: JsxNode;
  kind: 'Series' | 'Sequence';
  scenes: Scene[];
  /** The last frame it covers, or null when it depends on props. */
  end: number | null;
}

type TimelineTag = 'Series' | 'Series.Sequence' | 'Sequence' | null;

const openingOf = (element: JsxNode): ts.JsxOpeningLikeElement => (ts.isJsxElement(element) ? element.openingElement : element);

const tagOf = (analysis: Analysis, element: JsxNode): TimelineTag => {
  const tag = openingOf(element).tagName;
  if (ts.isPropertyAccessExpression(tag) && tag.name.text === 'Sequence') {
    const owner = importedExport(analysis, tag.expression);
    return owner?.module === 'remotion' && owner.name === 'Series' ? 'Series.Sequence' : null;
  }
  const target = ts.isIdentifier(tag) ? importedExport(analysis, tag) : null;
  if (target?.module === 'remotion' && (target.name === 'Series' || target.name === 'Sequence')) {
    return target.name;
  }
  return null;
};

/** The numeric value of a JSX attribute: undefined when it is absent, null when its value is not a constant. */
export const numericAttribute = (analysis: Analysis, element: JsxNode, name: string): number | null | undefined => {
  for (const attribute of openingOf(element).attributes.properties) {
    if (ts.isJsxAttribute(attribute) && ts.isIdentifier(attribute.name) && attribute.name.text === name) {
      const initializer = attribute.initializer;
      return initializer && ts.isJsxExpression(initializer) && initializer.expression
        ? foldNumber(analysis, initializer.expression)
        : null;
    }
  }
  return undefined;
};

const isRepeated = (element: ts.Node, boundary: ts.Node): boolean => {
  for (let node = element.parent; node && node !== boundary; node = node.parent) {
    if (ts.isFunctionLike(node) && ts.isCallExpression(node.parent)) {
      return true;
    }
  }
  return false;
};

const sceneOf = (analysis: Analysis, element: JsxNode, boundary: ts.Node, startAttribute: string): Scene => {
  const frames = numericAttribute(analysis, element, 'durationInFrames');
  const start = numericAttribute(analysis, element, startAttribute);
  return {
    element,
    frames: frames === undefined ? null : frames,
    start: start === undefined ? 0 : start,
    repeated: isRepeated(element, boundary),
  };
};

/** The local component or function a JSX tag or call names, if the composition declares it. */
export const localFunctionBody = (analysis: Analysis, name: ts.Node): ts.Node | null => {
  if (!ts.isIdentifier(name)) {
    return null;
  }
  const resolution = resolveIdentifier(analysis, name);
  if (resolution.kind !== 'local') {
    return null;
  }
  const declaration = resolution.declaration;
  if (ts.isFunctionDeclaration(declaration)) {
    return declaration;
  }
  return ts.isVariableDeclaration(declaration) && declaration.initializer ? declaration.initializer : null;
};

/** Bodies of local components rendered (or local functions called) inside `root`, transitively. */
export const reachableCode = (analysis: Analysis, root: ts.Node): ts.Node[] => {
  const found: ts.Node[] = [root];
  const seen = new Set<ts.Node>([root]);
  for (let index = 0; index < found.length; index += 1) {
    const visit = (node: ts.Node): void => {
      const name = ts.isJsxOpeningLikeElement(node) ? node.tagName : ts.isCallExpression(node) ? node.expression : null;
      const body = name ? localFunctionBody(analysis, name) : null;
      if (body && !seen.has(body)) {
        seen.add(body);
        found.push(body);
      }
      ts.forEachChild(node, visit);
    };
    visit(found[index]!);
  }
  return found;
};

const seriesChildren = (element: JsxNode): { elements: JsxNode[]; opaque: boolean } => {
  if (!ts.isJsxElement(element)) {
    return { elements: [], opaque: false };
  }
  const elements: JsxNode[] = [];
  let opaque = false;
  for (const child of element.children) {
    if (ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child)) {
      elements.push(child);
    } else if (ts.isJsxExpression(child) && child.expression) {
      opaque = true;
    } else if (ts.isJsxFragment(child)) {
      opaque = true;
    }
  }
  return { elements, opaque };
};

const nearestTimeline = (element: JsxNode, elements: ReadonlySet<ts.Node>): ts.Node | null => {
  for (let node: ts.Node | undefined = element.parent; node; node = node.parent) {
    if (elements.has(node)) {
      return node;
    }
  }
  return null;
};

/** `<Sequence>` with neither durationInFrames nor from only groups its children: it does not shape the timeline. */
const isTransparent = (analysis: Analysis, element: JsxNode): boolean =>
  numericAttribute(analysis, element, 'durationInFrames') === undefined && !numericAttribute(analysis, element, 'from');

const seriesTimeline = (
  analysis: Analysis,
  series: JsxNode,
  items: { element: JsxNode; tag: TimelineTag }[],
  elements: ReadonlySet<ts.Node>,
): Timeline => {
  const scenes = items
    .filter((item) => item.tag === 'Series.Sequence' && nearestTimeline(item.element, elements) === series)
    .map((item) => sceneOf(analysis, item.element, series, 'offset'));
  const { elements: children, opaque } = seriesChildren(series);
  const known =
    !opaque &&
    children.every((child) => tagOf(analysis, child) === 'Series.Sequence') &&
    scenes.every((scene) => !scene.repeated && scene.frames !== null && scene.start !== null);
  const end = known ? scenes.reduce((total, scene) => total + (scene.frames ?? 0) + (scene.start ?? 0), 0) : null;
  return { element: series, kind: 'Series', scenes, end };
};

/**
 * The composition's top-level timelines: Series and Sequences that are not inside another Sequence, neither
 * written inside one nor in a local component rendered inside one. Their scenes are the Series.Sequences of
 * a Series, or the Sequence itself.
 */
export const findTimelines = (analysis: Analysis): Timeline[] => {
  const items: { element: JsxNode; tag: Exclude<TimelineTag, null> }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = tagOf(analysis, node);
      if (tag && !(tag === 'Sequence' && isTransparent(analysis, node))) {
        items.push({ element: node, tag });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(analysis.sourceFile);
  const elements = new Set<ts.Node>(items.map(({ element }) => element));
  const nestedCode = new Set<ts.Node>();
  for (const { element, tag } of items) {
    if (tag !== 'Series') {
      reachableCode(analysis, element).slice(1).forEach((body) => nestedCode.add(body));
    }
  }
  const containers = new Set<ts.Node>([...elements, ...nestedCode]);
  const timelines: Timeline[] = [];
  for (const { element, tag } of items) {
    if (tag === 'Series.Sequence' || nearestTimeline(element, containers)) {
      continue;
    }
    if (tag === 'Series') {
      timelines.push(seriesTimeline(analysis, element, items, elements));
      continue;
    }
    const scene = sceneOf(analysis, element, analysis.sourceFile, 'from');
    const end = scene.repeated || scene.start === null || scene.frames === null ? null : scene.start + scene.frames;
    timelines.push({ element, kind: 'Sequence', scenes: [scene], end });
  }
  return timelines;
};
