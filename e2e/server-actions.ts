import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { ActionArg, ActionEndpoint, FormArg } from '../lib/security/endpoints';

/**
 * Server actions over HTTP, as the browser calls them: a POST to the page's path with a
 * `Next-Action: <id>` header. Arguments go as React's reply encoding: a JSON array in a
 * text/plain body, or multipart when an argument is a FormData (its fields as `_<n>_name`,
 * then the root array as field `0`, last, as React writes it). The reply is RSC lines;
 * row 0 is `{"a":"$@1",…}` and the referenced row holds the returned value.
 */

type ManifestEntry = { exportedName?: string; filename?: string; workers: Record<string, unknown> };

let manifest: Record<string, ManifestEntry> | undefined;

function readManifest(): Record<string, ManifestEntry> {
  manifest ??= (
    JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
      node: Record<string, ManifestEntry>;
    }
  ).node;
  return manifest;
}

/** The build's exported name for an entry: inline actions are `$$RSC_SERVER_ACTION_<n-1>`. */
const builtName = (a: ActionEndpoint) => {
  const inline = /^inline#(\d+)$/.exec(a.name);
  return inline ? `$$RSC_SERVER_ACTION_${Number(inline[1]) - 1}` : a.name;
};

/** The action id of an entry in this build, and the pages (`app/…/page`) that can run it. */
export function actionInfo(a: ActionEndpoint): { id: string; workers: string[] } | null {
  for (const [id, entry] of Object.entries(readManifest()))
    if (entry.filename === a.file && entry.exportedName === builtName(a)) return { id, workers: Object.keys(entry.workers) };
  return null;
}

const isForm = (v: ActionArg): v is FormArg => typeof v === 'object' && v !== null && !Array.isArray(v) && 'formData' in v;

/** Fills the sample placeholders: `<unique>` and `<now>`. */
export function fill(v: ActionArg, unique: string): ActionArg {
  if (typeof v === 'string') return v.replaceAll('<unique>', unique).replaceAll('<now>', new Date().toISOString());
  if (Array.isArray(v)) return v.map((x) => fill(x, unique));
  if (v && typeof v === 'object') {
    if (isForm(v)) return { formData: Object.fromEntries(Object.entries(v.formData).map(([k, x]) => [k, fill(x, unique) as string])) };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, unique)]));
  }
  return v;
}

const escape = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.startsWith('$')
      ? `$${v}`
      : v
    : Array.isArray(v)
      ? v.map(escape)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escape(x)]))
        : v;

export type ActionCall = { id: string; page: string; args: ActionArg[]; origin: string; cookie?: string };

export async function postAction(request: APIRequestContext, call: ActionCall): Promise<APIResponse> {
  const headers: Record<string, string> = { 'Next-Action': call.id, Origin: call.origin, Accept: 'text/x-component' };
  if (call.cookie) headers.Cookie = call.cookie;
  const forms = call.args.filter(isForm);
  if (forms.length === 0) {
    return request.post(call.page, {
      headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify(escape(call.args)),
      maxRedirects: 0,
    });
  }
  // A FormData keeps the order (an object would put the key '0' first): the root must come last.
  const multipart = new FormData();
  let part = 1;
  const root = call.args.map((a) => {
    if (!isForm(a)) return escape(a);
    const n = part++;
    for (const [k, v] of Object.entries(a.formData)) multipart.append(`_${n}_${k}`, v);
    return `$K${n.toString(16)}`;
  });
  multipart.append('0', JSON.stringify(root));
  return request.post(call.page, { headers, multipart, maxRedirects: 0 });
}

export type ActionReply = { kind: 'value'; value: unknown } | { kind: 'error'; digest: string } | { kind: 'none' };

/** One row of an RSC reply: JSON, or a text row (`T<len>,`: a long string, read by its byte length). */
export type RscRow = { kind: 'json' | 'text'; raw: string };

/** Splits an RSC reply into rows by id. */
export function rscRows(body: Buffer): Map<string, RscRow> {
  const rows = new Map<string, RscRow>();
  let i = 0;
  while (i < body.length) {
    const colon = body.indexOf(0x3a, i); // ':'
    const newline = body.indexOf(0x0a, i);
    if (colon < 0 || (newline >= 0 && newline < colon)) {
      i = newline < 0 ? body.length : newline + 1;
      continue;
    }
    const id = body.subarray(i, colon).toString();
    const text = /^T([0-9a-f]+),/.exec(body.subarray(colon + 1, colon + 20).toString());
    if (text) {
      const start = colon + 1 + text[0].length;
      rows.set(id, { kind: 'text', raw: body.subarray(start, start + parseInt(text[1]!, 16)).toString() });
      i = start + parseInt(text[1]!, 16);
      continue;
    }
    const end = newline < 0 ? body.length : newline;
    rows.set(id, { kind: 'json', raw: body.subarray(colon + 1, end).toString() });
    i = end + 1;
  }
  return rows;
}

/** The value a server action returned, from its RSC reply. */
export function actionReply(body: Buffer): ActionReply {
  const rows = rscRows(body);
  const root = rows.get('0');
  if (!root) return { kind: 'none' };
  const ref = (JSON.parse(root.raw) as { a?: string }).a;
  if (typeof ref !== 'string') return { kind: 'none' };
  const seen = new Set<string>();
  const revive = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v === '$undefined') return undefined;
      if (v.startsWith('$$')) return v.slice(1);
      const m = /^\$@?([0-9a-f]+)$/.exec(v);
      if (m) return row(m[1]!);
      return v;
    }
    if (Array.isArray(v)) return v.map(revive);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
    return v;
  };
  const row = (id: string): unknown => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    const found = rows.get(id);
    if (found === undefined) return undefined;
    if (found.kind === 'text') return found.raw;
    const raw = found.raw;
    if (raw.startsWith('E'))
      throw Object.assign(new Error('error row'), { digest: (JSON.parse(raw.slice(1)) as { digest?: string }).digest });
    return revive(JSON.parse(raw));
  };
  try {
    return { kind: 'value', value: revive(ref) };
  } catch (e) {
    const digest = (e as { digest?: string }).digest;
    if (digest !== undefined) return { kind: 'error', digest };
    throw e;
  }
}
