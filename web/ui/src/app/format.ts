export const formatDate = (iso: string): string => {
  const date = new Date(iso.endsWith('Z') || iso.includes('+') ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
};

export const formatSeconds = (seconds: number): string =>
  seconds < 0.1
    ? 'under 0.1 s'
    : seconds < 60 ? `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

const STATUS_WORDS: Record<string, string> = {
  queued: 'Queued',
  gathering_context: 'Gathering data',
  generating_script: 'Writing the script',
  generating_assets: 'Making images',
  generating_voice: 'Recording the voice-over',
  generating_code: 'Building the composition',
  rendering: 'Rendering',
  completed: 'Ready',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const statusWords = (status: string): string => STATUS_WORDS[status] ?? status;

export const aspectClass = (aspect: string): string => `aspect-${aspect.replace(':', '-')}`;
