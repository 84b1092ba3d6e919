/** How long until the next card, as the countdown shows it: whole minutes (rounded up), seconds under a minute. */
export function waitParts(ms: number): { value: number; unit: 'min' | 's' } {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return seconds >= 60 ? { value: Math.ceil(seconds / 60), unit: 'min' } : { value: seconds, unit: 's' };
}
