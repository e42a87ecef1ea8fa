// The Studio's pages: one React app, served for /, /login, /library and /jobs/{id}.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { JobPage } from './job/JobPage';
import { Layout } from './Layout';
import { LibraryPage } from './LibraryPage';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';
import { useRoute } from './router';
import { StudioPage } from './studio/StudioPage';

const signedInAs = document.querySelector('meta[name="ppr-email"]')?.getAttribute('content') ?? '';

const App: React.FC = () => {
  const route = useRoute();
  if (!signedInAs || route.page === 'login') {
    return <LoginPage signedInAs={signedInAs} />;
  }
  return (
    <Layout email={signedInAs} current={route.page}>
      {route.page === 'studio' && <StudioPage />}
      {route.page === 'library' && <LibraryPage />}
      {route.page === 'job' && <JobPage key={route.jobId} jobId={route.jobId} />}
      {route.page === 'missing' && <NotFoundPage />}
    </Layout>
  );
};

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root');
}
createRoot(container).render(<App />);
