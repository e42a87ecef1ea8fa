import React, { useState } from 'react';
import { api, ApiError } from './api';

export const LoginPage: React.FC<{ signedInAs: string }> = ({ signedInAs }) => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api.login(email, password);
      // A fresh page load: the server puts this session's CSRF token in it.
      window.location.assign('/');
    } catch (caught) {
      setBusy(false);
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That email and password do not match an account.'
          : caught instanceof Error
            ? caught.message
            : 'Logging in failed.',
      );
    }
  };

  return (
    <main id="main" className="login">
      <form id="login" className="card" onSubmit={(event) => void submit(event)}>
        <h1>PPR Video Studio</h1>
        {signedInAs ? <p>You are logged in as {signedInAs}. Log in again to switch accounts.</p> : null}
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p role="alert" className="error">
          {error}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          Log in
        </button>
      </form>
    </main>
  );
};
