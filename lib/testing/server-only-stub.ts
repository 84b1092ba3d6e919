// vitest runs server modules outside React's server environment, where the real
// `server-only` package throws on import. This empty module stands in for it.
export {};
