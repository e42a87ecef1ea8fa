// Wall 2: the Remotion exports that load a URL, as generated code receives them. Each refuses any source outside
// the job's assets before Remotion sees it: Remotion downloads <Audio>, <Video> and <OffthreadVideo> sources from
// Node (outside any browser guard), and on Lambda nothing else stands between a source and the network.
// The check runs when the component renders, with the props it renders with, whoever created the element.
import React from 'react';
import * as Remotion from 'remotion';
import { AssetPolicy, isUrlPropName, SandboxViolation } from './policy';

/** Remotion's media components, by export name. Every one is handed to generated code only through mediaGuard. */
export const MEDIA_COMPONENTS = {
  Img: Remotion.Img,
  Audio: Remotion.Audio,
  Html5Audio: Remotion.Html5Audio,
  Video: Remotion.Video,
  Html5Video: Remotion.Html5Video,
  OffthreadVideo: Remotion.OffthreadVideo,
  AnimatedImage: Remotion.AnimatedImage,
} as const;

export type MediaComponentName = keyof typeof MEDIA_COMPONENTS;

// Props of media components that change how they fetch, or how long a render waits for them.
const REFUSED_MEDIA_PROPS: ReadonlyMap<string, string> = new Map([
  ['requestInit', 'assets are fetched as the engine serves them'],
  ['delayRenderTimeoutInMilliseconds', "the render's own timeouts apply"],
  ['delayRenderRetries', "the render's own timeouts apply"],
]);

/** Refuses props of the media component `name` that load anything but the job's assets. */
export const assertMediaProps = (name: string, props: Readonly<Record<string, unknown>>, policy: AssetPolicy): void => {
  if (!('src' in props)) {
    throw new SandboxViolation(`<${name}> needs a src: one of this job's asset URLs`);
  }
  for (const [key, value] of Object.entries(props)) {
    const refused = REFUSED_MEDIA_PROPS.get(key);
    if (refused) {
      throw new SandboxViolation(`<${name}> ${key} is not allowed: ${refused}`);
    }
    if (key === 'children' && value !== undefined && value !== null) {
      throw new SandboxViolation(`<${name}> takes no children (a <source> or <track> would load its own URL)`);
    }
    if (isUrlPropName(key) && value !== undefined && value !== null) {
      policy.assertSource(value, `<${name}> ${key}`);
    }
    if (key === 'style' && value && typeof value === 'object') {
      for (const [property, css] of Object.entries(value as Record<string, unknown>)) {
        if (typeof css === 'string') {
          policy.assertCss(css, `<${name}> style.${property}`);
        }
      }
    }
  }
};

const wrapComponent = (name: MediaComponentName, policy: AssetPolicy): React.FC<Record<string, unknown>> => {
  const Real = MEDIA_COMPONENTS[name] as unknown as React.ComponentType<Record<string, unknown>>;
  const Guarded: React.FC<Record<string, unknown>> = (props) => {
    assertMediaProps(name, props, policy);
    return React.createElement(Real, props);
  };
  Guarded.displayName = name;
  return Guarded;
};

/** The job's static files: what staticFile() of a file in the bundle's public/ folder returns (none today). */
export const bundledStaticSources = (): string[] => {
  const page = globalThis as { remotion_isPlayer?: boolean; remotion_staticFiles?: { name: string }[] };
  if (page.remotion_isPlayer || !Array.isArray(page.remotion_staticFiles)) {
    return [];
  }
  return page.remotion_staticFiles.map((file) => Remotion.staticFile(file.name));
};

/** The media exports of `remotion` for generated code under `policy`. */
export const mediaExports = (policy: AssetPolicy) => {
  const components = Object.fromEntries(
    (Object.keys(MEDIA_COMPONENTS) as MediaComponentName[]).map((name) => [name, wrapComponent(name, policy)]),
  ) as Record<MediaComponentName, React.FC<Record<string, unknown>>>;
  /** staticFile() of a file the bundle ships (its public/ folder); anything else is refused here, not at load. */
  const staticFile = (path: string): string => {
    const source = Remotion.staticFile(path);
    if (!policy.allows(source)) {
      throw new SandboxViolation(
        `staticFile(${JSON.stringify(String(path).slice(0, 80))}): the bundle has no such file; media may come only from props.images`,
      );
    }
    return source;
  };
  return { ...components, staticFile };
};
