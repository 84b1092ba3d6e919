'use client';

/** Last resort when the root layout itself fails: no providers, so both languages inline. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', placeItems: 'center', minHeight: '100vh', margin: 0 }}>
        <main style={{ textAlign: 'center', padding: '2rem' }}>
          <p role="alert">出了点问题，请重试。 · Something went wrong. Please try again.</p>
          <button type="button" onClick={reset} style={{ marginTop: '1rem', padding: '0.5rem 1rem' }}>
            重试 · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
