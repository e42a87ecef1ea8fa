import React, { useState } from 'react';
import { api } from '../api';
import { navigate } from '../router';
import { useLoad } from '../useLoad';

const STYLES = [
  ['educational', 'Educational'],
  ['hype', 'Hype'],
  ['cinematic', 'Cinematic'],
  ['minimalist', 'Minimalist'],
] as const;
const DURATIONS = [15, 30, 60, 90] as const;
const ASPECTS = ['9:16', '16:9', '1:1'] as const;

export const CreateForm: React.FC = () => {
  const catalog = useLoad(() => api.catalog());
  const [prompt, setPrompt] = useState('');
  const [subject, setSubject] = useState('');
  const [style, setStyle] = useState('educational');
  const [duration, setDuration] = useState('30');
  const [aspect, setAspect] = useState('9:16');
  const [voice, setVoice] = useState(true);
  const [voiceChoice, setVoiceChoice] = useState('default');
  const [voiceId, setVoiceId] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!prompt.trim()) {
      setError('Describe the video first: what it is about and who it is for.');
      return;
    }
    setBusy(true);
    setError('');
    const [kind, slug] = subject.split(':', 2);
    const body: Record<string, unknown> = { prompt: prompt.trim(), style, duration: Number(duration), aspect, voice };
    if (kind === 'course' || kind === 'product') body[kind] = slug;
    if (voice && voiceChoice === 'custom' && voiceId.trim()) body.voice_id = voiceId.trim();
    try {
      const { job_id } = await api.create(body);
      navigate(`/jobs/${job_id}`);
    } catch (caught) {
      setBusy(false);
      setError(caught instanceof Error ? caught.message : 'The video could not be queued.');
    }
  };

  return (
    <form className="create-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field wide">
        <label htmlFor="prompt">Describe the video you want to create</label>
        <textarea
          id="prompt"
          rows={4}
          maxLength={2000}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          placeholder="Promote my saturation course to bedroom producers"
        />
      </div>
      <div className="field">
        <label htmlFor="subject">Course or product</label>
        <select id="subject" value={subject} onChange={(e) => setSubject(e.target.value)} aria-busy={catalog.loading}>
          <option value="">None</option>
          {catalog.data?.stores.map((store) => (
            <React.Fragment key={store.slug}>
              {store.courses.length > 0 && (
                <optgroup label={`${store.name}: courses`}>
                  {store.courses.map((course) => (
                    <option key={course.slug} value={`course:${course.slug}`}>
                      {course.title}
                    </option>
                  ))}
                </optgroup>
              )}
              {store.products.length > 0 && (
                <optgroup label={`${store.name}: products`}>
                  {store.products.map((product) => (
                    <option key={product.slug} value={`product:${product.slug}`}>
                      {product.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </React.Fragment>
          ))}
        </select>
        {catalog.error ? <p className="hint error">Your catalog could not be loaded: {catalog.error.message}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="style">Style</label>
        <select id="style" value={style} onChange={(e) => setStyle(e.target.value)}>
          {STYLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="duration">Duration</label>
        <select id="duration" value={duration} onChange={(e) => setDuration(e.target.value)}>
          {DURATIONS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds} s
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="aspect">Aspect ratio</label>
        <select id="aspect" value={aspect} onChange={(e) => setAspect(e.target.value)}>
          {ASPECTS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <div className="field voice">
        <span className="switch-row">
          <button
            type="button"
            role="switch"
            id="voice"
            aria-checked={voice}
            className="switch"
            onClick={() => setVoice((on) => !on)}
            aria-labelledby="voice-label"
          >
            <span className="switch-knob" aria-hidden="true" />
          </button>
          <label id="voice-label" htmlFor="voice">
            Voice
          </label>
          <span className="hint">{voice ? 'On: a voice-over reads the script' : 'Off: music and text only'}</span>
        </span>
        {voice && (
          <div className="voice-picker">
            <label htmlFor="voice-choice">Voice-over voice</label>
            <select id="voice-choice" value={voiceChoice} onChange={(e) => setVoiceChoice(e.target.value)}>
              <option value="default">Studio narrator (default)</option>
              <option value="custom">My ElevenLabs voice</option>
            </select>
            {voiceChoice === 'custom' && (
              <>
                <label htmlFor="voice-id">ElevenLabs voice ID</label>
                <input id="voice-id" value={voiceId} maxLength={128} onChange={(e) => setVoiceId(e.target.value)} />
              </>
            )}
          </div>
        )}
      </div>
      <p role="alert" className="error wide">
        {error}
      </p>
      <div className="wide actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Generate video
        </button>
      </div>
    </form>
  );
};
