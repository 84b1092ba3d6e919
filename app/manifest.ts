import type { MetadataRoute } from 'next';

/** The web app manifest (served at /manifest.webmanifest, public so the sign-in page can load it). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Recall Lab',
    short_name: 'Recall Lab',
    description: 'Spaced-repetition flashcards and quizzes for learning deep learning.',
    start_url: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#4f46e5',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
