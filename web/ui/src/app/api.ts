// The Studio's JSON API (web/routes), same origin, with the session cookie; changes carry the CSRF token the
// server put in the page.

export type Step = { name: string; detail: string; seconds: number | null; ok: boolean | null };

export type Video = {
  job_id: number;
  status: string;
  progress: number;
  render_progress: number | null;
  steps: Step[];
  version: number;
  version_label: string;
  parent_job_id: number | null;
  error: string | null;
  created_at: string;
  files: Record<string, string>;
};

export type Version = {
  job_id: number;
  version: number;
  label: string;
  status: string;
  parent_job_id: number | null;
  created_at: string;
};

export type LibraryItem = {
  video_id: number;
  job_id: number;
  title: string;
  version: number;
  version_label: string;
  duration_s: number;
  aspect: string;
  created_at: string;
  files: Record<string, string>;
};

export type Catalog = {
  stores: {
    slug: string;
    name: string;
    courses: { slug: string; title: string }[];
    products: { slug: string; name: string; type: string }[];
  }[];
};

export type ScheduledPost = {
  id: number;
  job_id: number;
  platforms: string[];
  captions: Record<string, string>;
  at: string;
  status: string;
};

/** captions.json: the captions written for each platform, and every hashtag they use (without '#'). */
export type Captions = { instagram: string; tiktok: string; x: string; hashtags: string[] };

/** GET /api/videos/{id}/details: what the job was asked for, its script and its notes. */
export type VideoDetails = {
  job_id: number;
  title: string;
  prompt: string;
  feedback: string | null;
  style: string;
  duration_s: number;
  aspect: string;
  notes: string[];
  script: { scenes: { id: string; duration: number; headline?: string | null; subhead?: string | null; bulletPoints?: string[] | null; mood: string }[] } | null;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const csrfToken = (): string => document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

const PLAIN_ERRORS: Record<number, string> = {
  401: 'You are logged out. Log in again to go on.',
  404: 'This page does not exist, or it belongs to another account.',
  413: 'That is too long to send.',
  429: 'Too many tries. Wait a minute, then try again.',
};

const errorOf = async (response: Response): Promise<ApiError> => {
  let message = PLAIN_ERRORS[response.status] ?? `The server could not do that (error ${response.status}).`;
  try {
    const body = (await response.json()) as { error?: string; detail?: unknown };
    if (typeof body.error === 'string' && response.status !== 404 && response.status !== 401) {
      message = body.error;
    }
  } catch {
    // Not JSON: keep the plain message.
  }
  return new ApiError(response.status, message);
};

export const request = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'The Studio cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
};

export const api = {
  login: (email: string, password: string) => request<{ csrf_token: string }>('POST', '/api/login', { email, password }),
  logout: () => request<void>('POST', '/api/logout'),
  catalog: () => request<Catalog>('GET', '/api/catalog'),
  library: () => request<LibraryItem[]>('GET', '/api/library'),
  jobs: () => request<Video[]>('GET', '/api/videos'),
  video: (id: number) => request<Video>('GET', `/api/videos/${id}`),
  details: (id: number) => request<VideoDetails>('GET', `/api/videos/${id}/details`),
  versions: (id: number) => request<Version[]>('GET', `/api/videos/${id}/versions`),
  create: (body: Record<string, unknown>) => request<{ job_id: number }>('POST', '/api/videos', body),
  iterate: (id: number, feedback: string) => request<{ job_id: number }>('POST', `/api/videos/${id}/iterations`, { feedback }),
  retry: (id: number, template: boolean) =>
    request<{ job_id: number }>('POST', `/api/videos/${id}/retry${template ? '?template=true' : ''}`),
  posts: () => request<ScheduledPost[]>('GET', '/api/scheduled-posts'),
  schedule: (body: { job_id: number; platforms: string[]; captions: Record<string, string>; at: string }) =>
    request<ScheduledPost>('POST', '/api/scheduled-posts', body),
  json: <T>(url: string) => request<T>('GET', url),
};
