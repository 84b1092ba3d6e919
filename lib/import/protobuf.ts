/**
 * Just enough protobuf to read the few fields Anki's schema 18 keeps in blobs (note type
 * kind, template question/answer formats, media entry names). Unknown fields are skipped.
 */

export type ProtoValue = number | Uint8Array;

/** Field number → values in order (varints as numbers, length-delimited as bytes). */
export function readMessage(bytes: Uint8Array): Map<number, ProtoValue[]> {
  const fields = new Map<number, ProtoValue[]>();
  let at = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (at >= bytes.length) throw new Error('truncated protobuf varint');
      const b = bytes[at++] ?? 0;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    let value: ProtoValue;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = varint();
      value = bytes.subarray(at, at + len);
      at += len;
    } else if (wire === 1) {
      at += 8;
      continue;
    } else if (wire === 5) {
      at += 4;
      continue;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}

const decoder = new TextDecoder();

export function protoString(fields: Map<number, ProtoValue[]>, field: number): string {
  const v = fields.get(field)?.[0];
  return v instanceof Uint8Array ? decoder.decode(v) : '';
}

export function protoNumber(fields: Map<number, ProtoValue[]>, field: number): number {
  const v = fields.get(field)?.[0];
  return typeof v === 'number' ? v : 0;
}
