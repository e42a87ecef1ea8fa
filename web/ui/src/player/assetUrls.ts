// The preview's props name the job's assets by their API URLs (/api/videos/{id}/assets/{key}), which need the
// creator's cookie. This opaque-origin document has none, so the server gave it a base URL that serves the same
// assets for this job only, with a signed token: every asset URL in the props is moved onto it. The component
// library and the media allowlist (wall 2) then see these URLs as the job's assets.
const API_ASSET = /^\/api\/videos\/\d+\/assets\/([^/?#]+)$/;

const moved = (value: unknown, base: string): unknown =>
  typeof value === 'string' ? value.replace(API_ASSET, (_whole, key: string) => `${base}${key}`) : value;

export const assetUrls = (props: Record<string, unknown>, base: string): Record<string, unknown> => {
  const images = Array.isArray(props.images) ? props.images.map((image) => moved(image, base)) : props.images;
  return { ...props, images, audioUrl: moved(props.audioUrl ?? null, base) };
};
