import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MajlisCommunity } from 'majlis/react';
import { adapter, kudosText } from '../shared/community.js';

function SupportPage() {
  const [lastEvent, setLastEvent] = useState('');
  return (
    <main>
      <h1>Support community (React)</h1>
      <MajlisCommunity
        adapter={adapter}
        routing="none"
        view="question"
        questionId="q-1"
        onMajlisVote={(event) => setLastEvent(kudosText(event))}
      />
      <p id="last-event" role="status">{lastEvent}</p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <SupportPage />
  </StrictMode>,
);
